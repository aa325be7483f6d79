import Foundation
import GuildhallCore
import Vapor

/// The organisation's API tokens, each with whom it acts as; never the token itself.
enum TokenIndex {
    struct Model: Equatable {
        struct Row: Equatable {
            var id: UUID
            var name: String
            var actsAs: String
            var createdAt: Date?
            var lastUsedAt: Date?
            var isRevoked: Bool
        }

        var organisation: String
        var rows: [Row]
    }

    static func query(_ req: Request) async throws -> Model {
        let staff = try req.staff
        let tokens = try await APITokenRegister.all(in: staff.organisationID, on: req.db)
        return Model(organisation: staff.organisation.name, rows: try tokens.map { token in
            Model.Row(id: try token.requireID(), name: token.name, actsAs: token.user.name, createdAt: token.createdAt,
                      lastUsedAt: token.lastUsedAt, isRevoked: token.isRevoked)
        })
    }
}
