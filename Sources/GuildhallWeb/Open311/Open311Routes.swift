import Vapor

/// `/open311/v2/…`: every resource in XML and JSON.
enum Open311Routes {
    /// Photos may come with a request, as multipart parts.
    static let bodyLimit: ByteCount = "10mb"

    static func register(on routes: any RoutesBuilder) {
        // The service list and definitions are drawn from the catalogue alone, as the Hub's pages are.
        let cached = routes.grouped(HubCaching())
        for format in Open311Format.allCases {
            routes.get(SiteURL.open311(.discovery(format)).pathComponents, use: Open311Controller.discovery)
            cached.get(SiteURL.open311(.services(format)).pathComponents, use: Open311Controller.services)
            routes.get(SiteURL.open311(.requests(format)).pathComponents, use: Open311Controller.requests)
            routes.on(.POST, SiteURL.open311(.requests(format)).pathComponents, body: .collect(maxSize: bodyLimit), use: Open311Controller.createRequest)
            routes.get(SiteURL.open311(.updates(format)).pathComponents, use: Open311Controller.updates)
            routes.on(.POST, SiteURL.open311(.updates(format)).pathComponents, body: .collect(maxSize: bodyLimit), use: Open311Controller.createUpdate)
        }
        cached.get(SiteURL.open311(.service(.key)).pathComponents, use: Open311Controller.service)
        routes.get(SiteURL.open311(.request(.key)).pathComponents, use: Open311Controller.request)
        routes.get(SiteURL.open311(.token(.key)).pathComponents, use: Open311Controller.token)
    }
}
