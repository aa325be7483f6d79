import FluentKit
import Foundation
import GuildhallCore
import Vapor

/// A statement's overview: its deadline, what is outstanding before the final submission, its
/// sections and who writes them, and what has been submitted.
enum StatementShow {
    /// Something outstanding before a submission, and the page where it is done.
    struct Outstanding: Equatable {
        var description: String
        var url: SiteURL?
        var fragment: String?

        /// What is outstanding before a submission of `kind`, each linked to where it is done.
        static func items(_ statement: Statement, for kind: Submission.Kind, on db: any Database) async throws -> [Outstanding] {
            let id = try statement.requireID()
            let consultations = try await ConsultationRegister.consultations(of: statement, on: db)
            return try await SubmissionRegister.outstanding(statement, for: kind, on: db).map { item in
                switch item.type {
                case .section:
                    return Outstanding(description: item.description, url: .staff(.statements(.section(.value(id), .value(item.reference)))))
                case .comment:
                    let round = consultations.first { $0.comments.contains { $0.id?.uuidString == item.reference } }
                    return Outstanding(description: item.description, url: round?.id.map { .staff(.statements(.consultation(.value($0)))) },
                                       fragment: "comment-\(item.reference)")
                case .decision:
                    return Outstanding(description: item.description, url: .staff(.statements(.decisions(.value(id)))))
                }
            }
        }
    }

    struct Model: Equatable {
        struct Section: Equatable {
            var key: String
            var number: Int
            var title: String
            var assignee: String
            var status: StatementSection.Status
            var revision: Int
        }

        struct Sent: Equatable {
            var id: UUID
            var submittedAt: Date
            var kind: Submission.Kind
            var version: Int
            var review: String?
        }

        var id: UUID
        var title: String
        var organisation: String
        var version: Int
        var isClosed: Bool
        var deadline: CalendarDay?
        var daysLeft: Int?
        var canManage: Bool
        var outstanding: [Outstanding]
        var sections: [Section]
        var consultations: Int
        var decisions: Int
        var submissions: [Sent]
    }

    static func query(_ req: Request, statement: Statement) async throws -> Model {
        let staff = try req.staff
        let id = try statement.requireID()
        return Model(
            id: id, title: statement.proForma.title, organisation: staff.organisation.name, version: statement.version,
            isClosed: statement.isClosed, deadline: statement.deadlineOn,
            daysLeft: StatementRegister.daysLeft(statement, today: CalendarDay(req.now)),
            canManage: staff.may(.manageStatement) && !statement.isClosed,
            outstanding: try await Outstanding.items(statement, for: .final, on: req.db),
            sections: statement.sections.compactMap { section in
                statement.proForma.section(section.key).map { definition in
                    Model.Section(key: section.key, number: definition.number, title: definition.title,
                                  assignee: assignee(section), status: section.status, revision: section.revision)
                }
            },
            consultations: try await ConsultationRegister.consultations(of: statement, on: req.db).count,
            decisions: try await ConsultationRegister.decisions(of: statement, on: req.db).count,
            submissions: try await SubmissionRegister.submissions(of: id, on: req.db).map { submission in
                Model.Sent(id: try submission.requireID(), submittedAt: submission.submittedAt, kind: submission.kind,
                           version: submission.version, review: submission.latestReview?.outcome.label)
            })
    }

    /// Who writes a section: its division, partner and named owner, or the programme team.
    static func assignee(_ section: StatementSection) -> String {
        let parts = [section.$division.value??.name, section.$partner.value??.name, section.$owner.value??.name].compactMap { $0 }
        return parts.isEmpty ? "Programme team" : parts.joined(separator: ", ")
    }
}
