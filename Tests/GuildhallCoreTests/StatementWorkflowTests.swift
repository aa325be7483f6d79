import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("Drafting a statement")
struct StatementWorkflowTests {
    let now = Date(timeIntervalSince1970: 1_067_904_000)

    func council(_ slug: String = "wyvern-vale", on db: any Database) async throws -> Organisation {
        try await OrganisationRegister.add(OrganisationDraft(slug: slug, name: slug, tier: "district"), by: .commandLine, at: now, on: db)
    }

    func contact(_ name: String) -> Data {
        Data(#"{"name": "\#(name)", "email": "chris.hall@example.gov.uk", "telephone": "01480 388116"}"#.utf8)
    }

    @Test("A statement is created from its pro forma with every section not started, once a year")
    func creating() async throws {
        try await withDatabase { db in
            let organisation = try await council(on: db)
            let statement = try await StatementRegister.create(for: organisation.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: now, on: db)
            let found = try #require(try await StatementRegister.find(statement.requireID(), in: organisation.requireID(), on: db))
            #expect(found.sections.map(\.key) == ProForma.ieg3.sections.map(\.key))
            #expect(found.sections.allSatisfy { $0.status == .notStarted })

            let again = try await #require(throws: FieldErrors.self) {
                try await StatementRegister.create(for: organisation.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: now, on: db)
            }
            #expect(again.message(for: "year") == "There is already a statement for 2003")
            let unknown = try await #require(throws: FieldErrors.self) {
                try await StatementRegister.create(for: organisation.requireID(), year: 2004, proForma: "ieg9", by: .commandLine, at: now, on: db)
            }
            #expect(unknown.message(for: "proForma") == "“ieg9” is not a pro forma: use ieg3")

            let other = try await council("marlshire", on: db)
            #expect(try await StatementRegister.find(statement.requireID(), in: other.requireID(), on: db) == nil)
        }
    }

    @Test("Every saved change is a revision; two revisions can be compared; bad content saves nothing")
    func revisions() async throws {
        try await withDatabase { db in
            let organisation = try await council(on: db)
            let statement = try await StatementRegister.create(for: organisation.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: now, on: db)
            let section = try #require(try await StatementRegister.find(statement.requireID(), in: organisation.requireID(), on: db)?.sections.first { $0.key == "contact" })

            await #expect(throws: SectionProblems.self) {
                try await StatementRegister.save(section, of: statement, json: Data(#"{"name": ""}"#.utf8), by: .commandLine, at: now, on: db)
            }
            #expect(section.revision == 0)
            let first = try #require(try await StatementRegister.save(section, of: statement, json: contact("Chris Hall"), by: .commandLine, at: now, on: db))
            let unchanged = try await StatementRegister.save(section, of: statement, json: contact("Chris Hall"), by: .commandLine, at: now, on: db)
            #expect(unchanged == nil)
            let second = try #require(try await StatementRegister.save(section, of: statement, json: contact("Chris Hale"), by: .commandLine, at: now, on: db))
            #expect(first.number == 1)
            #expect(second.number == 2)
            let numbers = try await StatementRegister.revisions(of: section, on: db).map(\.number)
            #expect(numbers == [1, 2])
            #expect(StatementRegister.compare(first, second) == [RevisionChange(path: "name", before: "Chris Hall", after: "Chris Hale")])
            #expect(section.status == .inProgress)
        }
    }

    @Test("A section is complete only once it has content, and changing it opens it again")
    func completing() async throws {
        try await withDatabase { db in
            let organisation = try await council(on: db)
            let statement = try await StatementRegister.create(for: organisation.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: now, on: db)
            let section = try #require(try await StatementRegister.find(statement.requireID(), in: organisation.requireID(), on: db)?.sections.first { $0.key == "contact" })
            await #expect(throws: SectionProblems.self) {
                try await StatementRegister.complete(section, of: statement, by: .commandLine, at: now, on: db)
            }
            try await StatementRegister.save(section, of: statement, json: contact("Chris Hall"), by: .commandLine, at: now, on: db)
            try await StatementRegister.complete(section, of: statement, by: .commandLine, at: now, on: db)
            #expect(section.status == .complete)
            try await StatementRegister.save(section, of: statement, json: contact("Chris Hale"), by: .commandLine, at: now, on: db)
            #expect(section.status == .inProgress)
        }
    }

    @Test("A closed statement refuses every change")
    func closed() async throws {
        try await withDatabase { db in
            let organisation = try await council(on: db)
            let statement = try await StatementRegister.create(for: organisation.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: now, on: db)
            let section = try #require(try await StatementRegister.find(statement.requireID(), in: organisation.requireID(), on: db)?.sections.first { $0.key == "contact" })
            statement.isClosed = true
            await #expect(throws: StatementClosed.self) {
                try await StatementRegister.save(section, of: statement, json: contact("Chris Hall"), by: .commandLine, at: now, on: db)
            }
            #expect(try await SectionRevision.query(on: db).count() == 0)
        }
    }
}
