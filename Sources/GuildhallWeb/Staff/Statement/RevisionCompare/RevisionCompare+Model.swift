import Foundation
import GuildhallCore
import Vapor

/// Two revisions of a section side by side: what changed from one to the other.
enum RevisionCompare {
    struct Model {
        var statementID: UUID
        var definition: SectionDefinition
        var revisions: [SectionShow.Revision]
        var before: SectionShow.Revision
        var after: SectionShow.Revision
        var changes: [RevisionChange]
    }

    /// The revisions asked for (`from` and `to`), by default the latest and the one before it.
    static func query(_ req: Request, statement: Statement, section: StatementSection) async throws -> Model {
        let revisions = try await StatementRegister.revisions(of: section, on: req.db)
        let from = req.query[Int.self, at: "from"] ?? max(1, section.revision - 1)
        let to = req.query[Int.self, at: "to"] ?? section.revision
        guard let before = revisions.first(where: { $0.number == from }), let after = revisions.first(where: { $0.number == to }) else {
            throw Abort(.notFound, reason: "Choose two revisions that exist.")
        }
        return Model(statementID: try statement.requireID(), definition: statement.proForma.section(section.key)!,
                     revisions: revisions.map(SectionShow.Revision.init), before: .init(before), after: .init(after),
                     changes: StatementRegister.compare(before, after))
    }
}
