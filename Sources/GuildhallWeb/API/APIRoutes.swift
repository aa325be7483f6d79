import GuildhallCore
import Vapor

/// `/api/v1`, for programs with a bearer token; the OpenAPI document is open to anyone.
enum APIRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.api(.openAPI).pathComponents, use: APIController.openAPI)
        let routes = routes.grouped(RequireToken())
        routes.get(SiteURL.api(.me).pathComponents, use: APIController.me)
        routes.get(SiteURL.api(.bvpi157(.key)).pathComponents, use: APIController.bvpi157)
        routes.post(SiteURL.api(.statements(.key)).pathComponents, use: StatementsAPIController.create)
        routes.get(SiteURL.api(.statement(.key)).pathComponents, use: StatementsAPIController.show)
        routes.put(SiteURL.api(.section(.key, .key)).pathComponents, use: StatementsAPIController.saveSection)
        routes.post(SiteURL.api(.completeSection(.key, .key)).pathComponents, use: StatementsAPIController.completeSection)
        routes.post(SiteURL.api(.consultations(.key)).pathComponents, use: ConsultationsAPIController.open)
        routes.post(SiteURL.api(.comments(.key)).pathComponents, use: ConsultationsAPIController.comment)
        routes.put(SiteURL.api(.disposition(.key)).pathComponents, use: ConsultationsAPIController.dispose)
        routes.post(SiteURL.api(.decisions(.key)).pathComponents, use: ConsultationsAPIController.decide)
        routes.post(SiteURL.api(.submissions(.key)).pathComponents, use: StatementsAPIController.submit)
        routes.get(SiteURL.api(.submission(.key)).pathComponents, use: StatementsAPIController.submission)
        routes.get(SiteURL.api(.services(.key)).pathComponents, use: FrontOfficeAPIController.services)
        routes.get(SiteURL.api(.serviceForm(.key, .key)).pathComponents, use: FormsAPIController.show)
        routes.put(SiteURL.api(.serviceForm(.key, .key)).pathComponents, use: FormsAPIController.save)
        routes.post(SiteURL.api(.customers(.key)).pathComponents, use: FrontOfficeAPIController.createCustomer)
        routes.get(SiteURL.api(.customers(.key)).pathComponents, use: FrontOfficeAPIController.searchCustomers)
        routes.get(SiteURL.api(.customer(.key)).pathComponents, use: FrontOfficeAPIController.customer)
        routes.post(SiteURL.api(.contacts(.key)).pathComponents, use: FrontOfficeAPIController.createContact)
        routes.post(SiteURL.api(.cases(.key)).pathComponents, use: FrontOfficeAPIController.createCase)
        routes.get(SiteURL.api(.case(.key)).pathComponents, use: FrontOfficeAPIController.case)
        routes.post(SiteURL.api(.caseUpdates(.key)).pathComponents, use: FrontOfficeAPIController.updateCase)
        routes.get(SiteURL.api(.standards(.key)).pathComponents, use: FrontOfficeAPIController.standards)
        routes.get(SiteURL.api(.takeUp(.key)).pathComponents, use: FrontOfficeAPIController.takeUp)
    }
}
