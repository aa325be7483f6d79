import Foundation
import GuildhallCore
import Vapor

/// The organisation's staff accounts, a page at a time.
enum StaffIndex {
    struct Model: Equatable {
        enum Status: Equatable {
            case active, locked, closed
        }

        struct Row: Equatable {
            var id: UUID
            var name: String
            var email: String
            var roles: [Role]
            var division: String?
            var status: Status
        }

        var organisation: String
        var rows: [Row]
        var paging: Paging
    }

    static func query(_ req: Request) async throws -> Model {
        let staff = try req.staff
        let requested = try? req.query.get(Int.self, at: "page")
        let (users, paging) = try await StaffRegister.page(requested, perPage: 25, in: staff.organisationID, on: req.db)
        return Model(organisation: staff.organisation.name, rows: try users.map { user in
            let status: Model.Status = !user.isActive ? .closed : user.isLocked(at: req.now) ? .locked : .active
            return Model.Row(id: try user.requireID(), name: user.name, email: user.email, roles: user.roles.sorted(),
                             division: user.division?.name, status: status)
        }, paging: paging)
    }
}
