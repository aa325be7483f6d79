import Foundation
import GuildhallCore
import Vapor

/// A section of a statement: its content as it reads, the form to write it for whoever may, its
/// assignment, and its saved revisions.
enum SectionShow {
    /// One saved revision of a section.
    struct Revision {
        var number: Int
        var savedAt: Date
        var savedBy: String

        init(_ revision: SectionRevision) {
            number = revision.number
            savedAt = revision.savedAt
            savedBy = revision.savedBy
        }
    }

    /// Who a section may be assigned to, and to whom it is now.
    struct Assignment {
        var divisions: [Choice]
        var partners: [Choice]
        var staff: [Choice]
        var division: UUID?
        var partner: UUID?
        var owner: UUID?
    }

    struct Model {
        var statementID: UUID
        var statementTitle: String
        var version: Int
        var isOwn: Bool
        var definition: SectionDefinition
        var status: StatementSection.Status
        var assignee: String
        var revision: Int
        var isWritten: Bool
        var record: StatementRecord.Section
        var canEdit: Bool
        /// Nil for those who may not assign or complete the section.
        var assignment: Assignment?
        var revisions: [Revision]
    }

    static func query(_ req: Request, statement: Statement, section: StatementSection) async throws -> Model {
        let staff = try req.staff
        let own = statement.$organisation.id == staff.organisationID
        let organisation = try await statement.$organisation.get(on: req.db)
        let record = try await StatementRecord.make(statement, organisation: organisation, on: req.db).section(section.key)!
        var assignment: Assignment?
        if own && staff.may(.manageStatement) && !statement.isClosed {
            assignment = Assignment(
                divisions: try await DivisionRegister.all(in: staff.organisationID, on: req.db).map(Choice.init),
                partners: try await OrganisationRegister.partners(on: req.db).map(Choice.init),
                staff: try await StaffRegister.active(in: staff.organisationID, on: req.db).map(Choice.init),
                division: section.$division.id, partner: section.$partner.id, owner: section.$owner.id)
        }
        return Model(
            statementID: try statement.requireID(), statementTitle: statement.proForma.title, version: statement.version, isOwn: own,
            definition: statement.proForma.section(section.key)!, status: section.status, assignee: StatementShow.assignee(section),
            revision: section.revision, isWritten: section.content != nil, record: record,
            canEdit: staff.mayEdit(section, of: statement) && !statement.isClosed, assignment: assignment,
            revisions: try await StatementRegister.revisions(of: section, on: req.db).map(Revision.init))
    }
}
