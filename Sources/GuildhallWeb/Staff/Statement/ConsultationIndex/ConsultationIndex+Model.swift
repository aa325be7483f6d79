import Foundation
import GuildhallCore
import Vapor

/// A statement's consultation rounds, and sharing the draft with a committee.
enum ConsultationIndex {
    struct Model: Equatable {
        struct Round: Equatable {
            var id: UUID
            var body: String
            var meetingOn: CalendarDay
            var comments: Int
            var awaiting: Int
        }

        var statementID: UUID
        var title: String
        var version: Int
        var rounds: [Round]
        var bodies: [Committee]
        var canOpen: Bool
    }

    static func query(_ req: Request, statement: Statement) async throws -> Model {
        let staff = try req.staff
        return Model(
            statementID: try statement.requireID(), title: statement.proForma.title, version: statement.version,
            rounds: try await ConsultationRegister.consultations(of: statement, on: req.db).map { round in
                Model.Round(id: try round.requireID(), body: round.body.name, meetingOn: round.meetingOn,
                            comments: round.comments.count, awaiting: round.comments.filter { $0.disposition == nil }.count)
            },
            bodies: try await ConsultationRegister.bodies(.consultative, of: staff.organisationID, on: req.db).map(Committee.init),
            canOpen: staff.may(.manageStatement) && !statement.isClosed)
    }
}
