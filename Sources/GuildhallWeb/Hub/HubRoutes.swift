import Vapor

/// The public site.
enum HubRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.hub(.home).pathComponents, use: PublicController.home)
        routes.get(SiteURL.hub(.accessibility).pathComponents, use: PublicController.accessibility)
        routes.get(SiteURL.hub(.requests).pathComponents, use: TrackingController.lookup)
        routes.get(SiteURL.hub(.request(.key)).pathComponents, use: TrackingController.show)
    }
}
