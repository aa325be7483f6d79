import Foundation
import GuildhallCore
import Vapor

/// Confirming a submission: what it does, or what is outstanding before it can be made.
enum StatementSubmit {
    struct Model: Equatable {
        var id: UUID
        var title: String
        var version: Int
        var isClosed: Bool
        var kind: Submission.Kind
        var outstanding: [StatementShow.Outstanding]
    }

    static func query(_ req: Request, statement: Statement, kind: Submission.Kind) async throws -> Model {
        Model(id: try statement.requireID(), title: statement.proForma.title, version: statement.version, isClosed: statement.isClosed,
              kind: kind, outstanding: try await StatementShow.Outstanding.items(statement, for: kind, on: req.db))
    }
}
