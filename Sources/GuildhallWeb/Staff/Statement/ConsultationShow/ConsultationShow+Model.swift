import Foundation
import GuildhallCore
import Vapor

/// One consultation round: the draft as it was shared, section by section, with the comments on
/// each and their answers.
enum ConsultationShow {
    struct Model {
        struct Remark {
            var id: UUID
            var author: String
            var text: String
            var section: String
            var disposition: Comment.Disposition?
            var response: String?
            var incorporatedIn: Int?
        }

        struct Shared {
            var key: String
            var number: Int
            var title: String
            var kind: SectionKind
            /// The revision shared, and its content; nil when the section was not yet written.
            var revision: Int?
            var content: StatementRecord.Section?
        }

        var id: UUID
        var statementID: UUID
        var title: String
        var body: String
        var meetingOn: CalendarDay
        var sharedAt: Date
        var sections: [Shared]
        var comments: [Remark]
        var canComment: Bool
        var canDispose: Bool

        var heading: String { "\(body): \(meetingOn.longDescription)" }
    }

    static func query(_ req: Request, consultation: Consultation) async throws -> Model {
        let staff = try req.staff
        let statement = consultation.statement
        let shared = try await ConsultationRegister.sharedDraft(consultation, on: req.db)
        return Model(
            id: try consultation.requireID(), statementID: try statement.requireID(), title: statement.proForma.title,
            body: consultation.body.name, meetingOn: consultation.meetingOn, sharedAt: consultation.createdAt,
            sections: statement.proForma.sections.map { definition in
                let revision = shared[definition.key]
                return Model.Shared(
                    key: definition.key, number: definition.number, title: definition.title, kind: definition.kind, revision: revision?.number,
                    content: revision.map { revision in
                        StatementRecord.Section(key: definition.key, number: definition.number, title: definition.title, status: "",
                                                revision: revision.number, content: try? JSONValue.parse(revision.content))
                    })
            },
            comments: try consultation.comments.sorted { $0.createdAt < $1.createdAt }.map { comment in
                Model.Remark(id: try comment.requireID(), author: Format.person(comment.author), text: comment.text, section: comment.section,
                             disposition: comment.disposition, response: comment.response, incorporatedIn: comment.incorporatedIn)
            },
            canComment: staff.may(.commentOnStatement) && !statement.isClosed,
            canDispose: staff.may(.manageStatement) && !statement.isClosed)
    }
}
