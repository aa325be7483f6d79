import GuildhallCore
import Vapor

/// The statement records the staff pages' paths name, found within the signed-in member's
/// organisation; another organisation's answer 404.
enum StatementLookup {
    static func statement(_ req: Request) async throws -> Statement {
        guard let id = req.parameters.get(.statement),
              let statement = try await StatementRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return statement
    }
}
