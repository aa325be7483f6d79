import Vapor

/// The public site.
enum HubRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.home.pathComponents, use: PublicController.home)
        routes.get(SiteURL.accessibility.pathComponents, use: PublicController.accessibility)
    }
}
