import Vapor

/// GeoReport v2 for Open311 clients. Its group already answers every address under
/// `/open311/v2` with a not-found in GeoReport's error format; the services come with the Hub.
enum Open311Routes {
    static func register(on routes: any RoutesBuilder) {}
}
