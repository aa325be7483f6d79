import Foundation
import GuildhallCore
import Vapor

/// The organisation's statements, and the sections of other organisations' statements assigned
/// to it as a partner.
enum StatementIndex {
    struct Model: Equatable {
        struct Row: Equatable {
            var id: UUID
            var year: Int
            var proForma: String
            var version: Int
            var isClosed: Bool
            var deadline: CalendarDay?
        }

        struct Assigned: Equatable {
            var statementID: UUID
            var key: String
            var title: String
            var organisation: String
            var year: Int
        }

        var organisation: String
        var statements: [Row]
        var assigned: [Assigned]
        var canCreate: Bool
    }

    static func query(_ req: Request) async throws -> Model {
        let staff = try req.staff
        let statements = try await StatementRegister.all(in: staff.organisationID, on: req.db)
        let assigned = try await StatementRegister.assigned(toPartner: staff.organisationID, on: req.db)
        return Model(
            organisation: staff.organisation.name,
            statements: try statements.map { statement in
                Model.Row(id: try statement.requireID(), year: statement.year, proForma: statement.proForma.title,
                          version: statement.version, isClosed: statement.isClosed, deadline: statement.deadlineOn)
            },
            assigned: try assigned.map { section in
                let statement = section.statement
                return Model.Assigned(statementID: try statement.requireID(), key: section.key,
                                      title: statement.proForma.section(section.key)?.title ?? section.key,
                                      organisation: statement.organisation.name, year: statement.year)
            },
            canCreate: staff.may(.manageStatement))
    }
}
