import Fluent
import GuildhallCore
import Vapor

/// The signed-in person a request acts for, by session or by API token.
struct StaffMember: Authenticatable {
    let user: User
    let organisation: Organisation
    let roles: Set<Role>

    var organisationID: UUID { organisation.id! }
    var actor: Actor { .user(user) }

    func may(_ permission: Permission) -> Bool { roles.allow(permission) }

    /// Whose submissions this member may see: every organisation's for central reviewers (nil),
    /// otherwise their own organisation's.
    var submissionScope: UUID? { may(.reviewSubmissions) ? nil : organisationID }

    /// Whose cases and residents this member may see.
    var frontOfficeAccess: FrontOfficeAccess { FrontOfficeAccess(roles: roles, divisionID: user.$division.id) }

    func mayEdit(_ section: StatementSection, of statement: Statement) -> Bool {
        StatementAccess.mayEdit(section, of: statement, roles: roles, organisationID: organisationID, divisionID: user.$division.id)
    }

    static func load(userID: UUID, on db: any Database) async throws -> StaffMember? {
        guard let user = try await User.query(on: db).filter(\.$id == userID).with(\.$roleGrants).with(\.$organisation).with(\.$division).first(),
              user.isActive
        else { return nil }
        return StaffMember(user: user, organisation: user.organisation, roles: user.roles)
    }
}

extension Request {
    /// The signed-in member of staff; routes behind the sign-in guard always have one.
    var staff: StaffMember {
        get throws { try auth.require(StaffMember.self) }
    }

    var now: Date { application.guildhall.configuration.clock() }
}
