import Foundation
import GuildhallCore
import Vapor

/// The decisions taken on a statement, and recording one.
enum DecisionIndex {
    struct Model: Equatable {
        struct Taken: Equatable {
            var decidedOn: CalendarDay
            var body: String
            var outcome: String
            var minute: String
        }

        var statementID: UUID
        var title: String
        var version: Int
        var decisions: [Taken]
        var chain: [Committee]
        var canDecide: Bool
    }

    static func query(_ req: Request, statement: Statement) async throws -> Model {
        let staff = try req.staff
        return Model(
            statementID: try statement.requireID(), title: statement.proForma.title, version: statement.version,
            decisions: try await ConsultationRegister.decisions(of: statement, on: req.db).map { decision in
                Model.Taken(decidedOn: decision.decidedOn, body: decision.body.name,
                            outcome: decision.outcome.label + (decision.delegatedTo.map { ", amendments delegated to \($0)" } ?? ""),
                            minute: decision.minute)
            },
            chain: try await ConsultationRegister.bodies(.decision, of: staff.organisationID, on: req.db).map(Committee.init),
            canDecide: staff.may(.manageStatement) && !statement.isClosed)
    }
}
