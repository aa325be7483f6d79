import Vapor

/// The public site.
enum HubRoutes {
    static func register(on routes: any RoutesBuilder) {
        // The pages drawn from the catalogue alone are the same for every visitor without a session.
        let cached = routes.grouped(HubCaching())
        cached.get(SiteURL.hub(.home).pathComponents, use: PublicController.home)
        cached.get(SiteURL.hub(.services).pathComponents, use: PublicController.services)
        cached.get(SiteURL.hub(.service(.key)).pathComponents, use: PublicController.service)
        cached.get(SiteURL.hub(.partners).pathComponents, use: PublicController.partners)
        cached.get(SiteURL.hub(.privacy).pathComponents, use: PublicController.privacy)
        cached.get(SiteURL.hub(.accessibility).pathComponents, use: PublicController.accessibility)
        routes.get(SiteURL.hub(.requests).pathComponents, use: TrackingController.lookup)
        routes.get(SiteURL.hub(.request(.key)).pathComponents, use: TrackingController.show)
        routes.get(SiteURL.hub(.satisfaction(.key, .key)).pathComponents, use: SatisfactionController.show)
        routes.post(SiteURL.hub(.satisfaction(.key, .key)).pathComponents, use: SatisfactionController.answer)

        // A service's online form: each step's page is drawn by GET and answered by POST.
        routes.get(SiteURL.hub(.startRequest(.key)).pathComponents, use: RequestController.start)
        routes.get(SiteURL.hub(.requestQuestion(.key, .key)).pathComponents, use: RequestController.question)
        routes.post(SiteURL.hub(.requestQuestion(.key, .key)).pathComponents, use: RequestController.question)
        routes.get(SiteURL.hub(.requestLocation(.key)).pathComponents, use: RequestController.location)
        routes.post(SiteURL.hub(.requestLocation(.key)).pathComponents, use: RequestController.location)
        routes.get(SiteURL.hub(.requestNearby(.key)).pathComponents, use: RequestController.nearbyCases)
        routes.get(SiteURL.hub(.requestContact(.key)).pathComponents, use: RequestController.contact)
        routes.post(SiteURL.hub(.requestContact(.key)).pathComponents, use: RequestController.contact)
        routes.get(SiteURL.hub(.requestCheck(.key)).pathComponents, use: RequestController.check)
        routes.post(SiteURL.hub(.requestCheck(.key)).pathComponents, use: RequestController.send)
        routes.get(SiteURL.hub(.requestSent(.key)).pathComponents, use: RequestController.sent)
    }
}
