import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("Submission rules")
struct SubmissionRulesTests {
    @Test("Quartiles interpolate between ranks as QUARTILE.INC does", arguments: [
        ([25.0, 50, 75, 100], 62.5, 43.75, 62.5, 81.25),
        ([10.0], 10, 10, 10, 10),
        ([1.0, 2, 3, 4, 5], 3, 2, 3, 4),
        ([7.0, 1, 3], 11.0 / 3, 2, 3, 5),
    ])
    func quartiles(values: [Double], mean: Double, lower: Double, median: Double, upper: Double) throws {
        let distribution = try #require(Distribution(values))
        #expect(abs(distribution.mean - mean) < 1e-9)
        #expect(distribution.lowerQuartile == lower)
        #expect(distribution.median == median)
        #expect(distribution.upperQuartile == upper)
        #expect(Distribution([]) == nil)
    }

    @Test("The XML escapes text, names list items for their list, leaves nulls out and keeps data keys as entries")
    func xml() throws {
        let json = #"{"kind":"final","note":null,"statement":{"revisions":{"1st":2,"risks":3},"risks":[{"risk":"A & B <C> \"D\" 'E'\u0001"}]}}"#
        let xml = try SubmissionXML.make(json: json, sha256: "abc")
        #expect(xml == #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<submission xmlns="urn:guildhall:submission:1" sha256="abc"><kind>final</kind><statement><revisions><entry key="1st">2</entry><risks>3</risks></revisions>"#
            + #"<risks><risk><risk>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;</risk></risk></risks></statement></submission>"# + "\n")
    }

    @Test("The final submission waits for the last body of the chain: a later rejection undoes an approval")
    func chain() async throws {
        try await withDatabase { db in
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: Date(), on: db)
            let created = try await StatementRegister.create(for: council.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: Date(), on: db)
            let statement = try #require(try await StatementRegister.find(created.requireID(), in: council.requireID(), on: db))
            for section in statement.sections {
                try await StatementRegister.save(section, of: statement, json: Data(DemoStatement.content[section.key]!.utf8), by: .commandLine, at: Date(), on: db)
                try await StatementRegister.complete(section, of: statement, by: .commandLine, at: Date(), on: db)
            }
            #expect(try await SubmissionRegister.outstanding(statement, for: .draft, on: db).isEmpty)
            #expect(try await SubmissionRegister.outstanding(statement, for: .final, on: db).map(\.reference) == ["full-council"])

            _ = try await ConsultationRegister.decide(on: statement, body: "full-council", outcome: "approved", decidedOn: "2003-12-01", minute: "FC/1", delegatedTo: nil, by: .commandLine, at: Date(), on: db)
            #expect(try await SubmissionRegister.outstanding(statement, for: .final, on: db).isEmpty)
            _ = try await ConsultationRegister.decide(on: statement, body: "full-council", outcome: "rejected", decidedOn: "2003-12-08", minute: "FC/2", delegatedTo: nil, by: .commandLine, at: Date(), on: db)
            #expect(try await SubmissionRegister.outstanding(statement, for: .final, on: db).map(\.description)
                    == ["Full Council has not approved the statement (its latest decision, on 8 December 2003, was rejected)"])
            // Two decisions on one day count in the order they were recorded.
            _ = try await ConsultationRegister.decide(on: statement, body: "full-council", outcome: "approved", decidedOn: "2003-12-08", minute: "FC/3", delegatedTo: nil, by: .commandLine, at: Date().addingTimeInterval(60), on: db)
            #expect(try await SubmissionRegister.outstanding(statement, for: .final, on: db).isEmpty)
        }
    }

    @Test("Of two submissions of the same version racing each other, the second is refused and nothing of it is kept")
    func race() async throws {
        try await withDatabase { db in
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: Date(), on: db)
            let created = try await StatementRegister.create(for: council.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: Date(), on: db)
            let first = try #require(try await StatementRegister.find(created.requireID(), in: council.requireID(), on: db))
            for section in first.sections {
                try await StatementRegister.save(section, of: first, json: Data(DemoStatement.content[section.key]!.utf8), by: .commandLine, at: Date(), on: db)
                try await StatementRegister.complete(section, of: first, by: .commandLine, at: Date(), on: db)
            }
            // A second person loaded the statement before the first submitted it.
            let second = try #require(try await StatementRegister.find(created.requireID(), in: council.requireID(), on: db))
            _ = try await SubmissionRegister.submit(first, as: .draft, organisation: council, by: .commandLine, at: Date(), on: db) { _, sha256 in sha256 }
            await #expect(throws: SubmissionConflict.self) {
                try await SubmissionRegister.submit(second, as: .draft, organisation: council, by: .commandLine, at: Date(), on: db) { _, sha256 in sha256 }
            }
            #expect(try await Submission.query(on: db).count() == 1)
            #expect(try await Statement.find(created.requireID(), on: db)?.version == 2)
        }
    }
}
