import GuildhallCore
import Vapor

/// The catalogue records the staff pages' paths name, found within the signed-in member's
/// organisation; another organisation's answer 404.
enum CatalogueLookup {
    static func service(_ req: Request) async throws -> Service {
        guard let id = req.parameters.get(.service),
              let service = try await CatalogueRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return service
    }

    /// Whether the signed-in member may change this service: the programme team, or its division.
    static func mayEdit(_ req: Request, _ service: Service) throws -> Bool {
        let staff = try req.staff
        return CatalogueAccess.mayEdit(serviceIn: service.$division.id, roles: staff.roles, userDivisionID: staff.user.$division.id)
    }
}
