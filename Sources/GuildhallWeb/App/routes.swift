import GuildhallCore
import Vapor

/// The route table: each audience's group, and each area registering its own routes in it.
func routes(_ app: Application) throws {
    OperationsRoutes.register(on: Audience.operations.routes(on: app))
    HubRoutes.register(on: Audience.hub.routes(on: app))

    let staff = Audience.staff.routes(on: app)
    AccountRoutes.register(on: staff)
    let signedIn = staff.grouped(RequireSignedIn())
    AdminRoutes.register(on: signedIn)
    CatalogueRoutes.register(on: signedIn)
    PerformanceRoutes.register(on: signedIn)
    StatementRoutes.register(on: signedIn)
    FrontOfficeRoutes.register(on: signedIn)

    APIRoutes.register(on: Audience.api.routes(on: app))
    Open311Routes.register(on: Audience.open311.routes(on: app))
}
