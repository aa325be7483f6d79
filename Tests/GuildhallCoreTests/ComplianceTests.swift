import Foundation
@testable import GuildhallCore
import Testing

@Suite("Compliance with the customer service standards, worked by hand")
struct ComplianceTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    static let outcomes: [Compliance.Outcome] = [
        .init(standard: .reply, division: "Environment", service: "Bins", due: day("2026-11-09"), doneOn: day("2026-11-06")),
        .init(standard: .reply, division: "Environment", service: "Bins", due: day("2026-11-09"), doneOn: day("2026-11-10")),
        .init(standard: .resolve, division: "Environment", service: "Bins", due: day("2026-11-16"), doneOn: day("2026-11-16")),
        .init(standard: .resolve, division: "Housing", service: "Repairs", due: day("2026-10-30"), doneOn: day("2026-11-02")),
        .init(standard: .reply, division: "Housing", service: "Repairs", due: day("2026-12-01"), doneOn: day("2026-12-01")),
        // Replied in September: outside the period.
        .init(standard: .reply, division: "Housing", service: "Repairs", due: day("2026-09-01"), doneOn: day("2026-09-30")),
    ]

    @Test("Of the due dates done in the period, those done on or before the due day are met: overall, by standard, division, service and month")
    func handWorked() {
        let report = Compliance(Self.outcomes, from: Self.day("2026-10-01"), to: Self.day("2026-12-31"))
        #expect(report.overall == Tally(met: 3, breached: 2))
        #expect(report.overall.percent == 60)
        #expect(report.byStandard[.reply] == Tally(met: 2, breached: 1))
        #expect(report.byStandard[.reply]?.percent == 66.67)
        #expect(report.byStandard[.resolve]?.percent == 50)
        #expect(report.byDivision == ["Environment": Tally(met: 2, breached: 1), "Housing": Tally(met: 1, breached: 1)])
        #expect(report.byService == ["Bins": Tally(met: 2, breached: 1), "Repairs": Tally(met: 1, breached: 1)])
        #expect(report.byMonth == ["2026-11": Tally(met: 2, breached: 2), "2026-12": Tally(met: 1, breached: 0)])
        #expect(report.byMonth["2026-12"]?.percent == 100)
    }

    @Test("No due dates give no figure rather than zero, and halves round up")
    func rounding() throws {
        #expect(Tally().percent == nil)
        #expect(Tally(met: 1, breached: 799).percent == 0.13)
        #expect(Tally(met: 1, breached: 2).percent == 33.33)
        let json = String(decoding: try JSONEncoder().encode(Tally()), as: UTF8.self)
        #expect(json.contains(#""percent":null"#))
    }
}

@Suite("Duplicate residents")
struct DuplicateRulesTests {
    @Test("The same email in any case, the same phone in any format with +44 read as 0, or the same surname and postcode, each say which rule matched")
    func rules() {
        let known = ResidentKeys(name: "Ann Marie Okafor", email: "Ann.Okafor@Example.org", phone: "01632 960 123", postcode: "WV1 2AB")
        #expect(known.rules(matching: ResidentKeys(name: "A. Smith", email: " ann.okafor@example.ORG ", phone: nil, postcode: nil)) == [.email])
        #expect(known.rules(matching: ResidentKeys(name: "A. Smith", email: nil, phone: "+44 1632 960123", postcode: nil)) == [.phone])
        #expect(known.rules(matching: ResidentKeys(name: "Ben OKAFOR", email: nil, phone: nil, postcode: "wv12ab")) == [.surnameAndPostcode])
        #expect(known.rules(matching: ResidentKeys(name: "Ben Okafor", email: nil, phone: nil, postcode: "WV1 2AC")).isEmpty)
        #expect(ResidentKeys(name: "Zoë Brontë", email: nil, phone: nil, postcode: "WV1 2AB")
            .rules(matching: ResidentKeys(name: "Emily BRONTE", email: nil, phone: nil, postcode: "WV1 2AB")) == [.surnameAndPostcode])
    }

    @Test("Empty details never match each other, and a phone number reads the same in any format")
    func emptyDetails() {
        let blank = ResidentKeys(name: "", email: "", phone: " ", postcode: "")
        #expect(blank.rules(matching: blank).isEmpty)
        #expect(ResidentKeys.phone("+44 (0)1632 960123") == "01632960123")
        #expect(ResidentKeys.phone("(01632) 960-123") == "01632960123")
    }
}
