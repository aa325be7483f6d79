import GuildhallCore
import Vapor

/// What an API request's token may do, and the records its path names, within the token's
/// organisation; another organisation's answer 404.
enum APILookup {
    static func require(_ req: Request, _ permission: Permission) throws -> StaffMember {
        let staff = try req.staff
        guard staff.may(permission) else { throw Abort(.forbidden, reason: "This token's user cannot do that with statements.") }
        return staff
    }

    static func statement(_ req: Request) async throws -> Statement {
        guard let id = req.parameters.get(.statement),
              let statement = try await StatementRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound, reason: "No statement with that id is visible to this token.") }
        return statement
    }
}
