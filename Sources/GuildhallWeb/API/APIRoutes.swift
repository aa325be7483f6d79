import GuildhallCore
import Vapor

/// `/api/v1`, for programs with a bearer token; the OpenAPI document is open to anyone.
enum APIRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.apiOpenAPI.pathComponents, use: APIController.openAPI)
        let routes = routes.grouped(RequireToken())
        routes.get(SiteURL.apiMe.pathComponents, use: APIController.me)
        routes.get(SiteURL.apiBVPI157(":slug").pathComponents, use: APIController.bvpi157)
        routes.post(SiteURL.apiStatements(":slug").pathComponents, use: StatementsAPIController.create)
        routes.get(SiteURL.apiStatement(":id").pathComponents, use: StatementsAPIController.show)
        routes.put(SiteURL.apiSection(":id", ":key").pathComponents, use: StatementsAPIController.saveSection)
        routes.post(SiteURL.apiCompleteSection(":id", ":key").pathComponents, use: StatementsAPIController.completeSection)
        routes.post(SiteURL.apiConsultations(":id").pathComponents, use: ConsultationsAPIController.open)
        routes.post(SiteURL.apiComments(":id").pathComponents, use: ConsultationsAPIController.comment)
        routes.put(SiteURL.apiDisposition(":id").pathComponents, use: ConsultationsAPIController.dispose)
        routes.post(SiteURL.apiDecisions(":id").pathComponents, use: ConsultationsAPIController.decide)
        routes.post(SiteURL.apiSubmissions(":id").pathComponents, use: StatementsAPIController.submit)
        routes.get(SiteURL.apiSubmission(":file").pathComponents, use: StatementsAPIController.submission)
    }
}
