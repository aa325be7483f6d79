import Foundation
@testable import GuildhallCore
import Testing

@Suite("The 2003 pro forma")
struct ProFormaTests {
    func check(_ key: String, _ json: String) -> Result<String, SectionProblems> {
        SectionValidator.validate(ProForma.ieg3.section(key)!.kind, json: Data(json.utf8))
    }

    func problems(_ key: String, _ json: String) -> [String] {
        guard case .failure(let problems) = check(key, json) else { return [] }
        return problems.messages
    }

    @Test("It has the nine sections in order")
    func sections() {
        #expect(ProForma.ieg3.sections.map(\.key) == [
            "priority-services", "e-organisation", "bvpi157", "priority-outcomes", "take-up",
            "partnership", "risks", "resources", "contact",
        ])
        #expect(ProForma.ieg3.sections.map(\.number) == Array(1...9))
        #expect(ProForma.named("ieg3")?.year == 2003)
        #expect(ProForma.named("ieg9") == nil)
    }

    @Test("Priority services allows 1,000 words and explains the limit at 1,001")
    func wordLimit() {
        let words = (1...1000).map { "word\($0)" }
        #expect(problems("priority-services", #"{"text": "\#(words.joined(separator: " "))"}"#).isEmpty)
        #expect(problems("priority-services", #"{"text": "\#((words + ["over"]).joined(separator: "\\n"))"}"#)
                == ["text: this section is limited to 1,000 words and has 1,001: remove 1"])
        #expect(problems("priority-services", #"{"text": "   "}"#) == ["text: write the section"])
        #expect(problems("partnership", #"{"text": "\#((words + words).joined(separator: " "))"}"#).isEmpty)
    }

    @Test("The e-Organisation self-assessment needs all six blocks rated red, amber or green")
    func eOrganisation() {
        let five = BuildingBlock.allCases.dropLast().map { #"{"block": "\#($0.rawValue)", "rating": "green", "commentary": ""}"# }
        let found = problems("e-organisation", #"{"blocks": [\#(five.joined(separator: ",")), {"block": "enablers", "rating": "purple", "commentary": ""}]}"#)
        #expect(found == [
            "blocks[5].rating: use red, amber or green",
            "blocks: rate the organisational-development building block",
            "blocks: enablers is rated more than once",
        ])
    }

    @Test("Rows say which row and field is wrong")
    func rowProblems() {
        #expect(problems("priority-outcomes", #"{"outcomes": [{"code": "R8", "title": "Planning online", "keyDate": "2004-12-31", "status": "on-track"}, {"code": "", "title": "x", "keyDate": "31/12/2004", "status": "done"}]}"#) == [
            "outcomes[1].code: enter the outcome's code, like R8",
            "outcomes[1].keyDate: enter a real date as YYYY-MM-DD",
            "outcomes[1].status: use achieved, on-track, at-risk or not-started",
        ])
        #expect(problems("take-up", #"{"rows": [{"channel": "web", "period": "2003-09-30/2003-04-01", "volume": 1200}]}"#)
                == ["rows[0].period: the period must start on or before it ends"])
        #expect(problems("resources", #"{"rows": [{"year": "2003/05", "capital": 250000, "revenue": -1, "grant": 200000}]}"#)
                == ["rows[0].year: enter a financial year like 2003/04", "rows[0].revenue: must not be negative"])
        #expect(problems("risks", #"{"risks": [{"risk": "Supplier fails", "likelihood": "medium", "impact": "severe", "mitigation": "Second supplier", "owner": "Chris Hale"}]}"#)
                == ["risks[0].impact: use low, medium or high"])
        #expect(problems("contact", #"{"name": "Chris Hall", "email": "chris.hall", "telephone": "01480"}"#)
                == ["email: enter an email address like name@example.gov.uk", "telephone: enter a telephone number with its area code"])
    }

    @Test("Missing fields and wrong types are named by their place in the content")
    func shapeProblems() {
        #expect(problems("take-up", #"{"rows": [{"channel": "web", "period": "2003-04-01/2003-09-30"}]}"#) == ["rows[0].volume: is missing"])
        #expect(problems("resources", #"{"rows": [{"year": "2003/04", "capital": "lots", "revenue": 1, "grant": 1}]}"#) == ["rows[0].capital: must be a whole number"])
        #expect(problems("contact", "not json") == ["The content is not valid JSON"])
    }

    @Test("Good content is kept in one canonical form, whatever the order of its keys")
    func canonicalForm() throws {
        let one = try check("contact", #"{"telephone": "01480 388116", "name": "Chris Hall", "email": "chris.hall@example.gov.uk"}"#).get()
        let two = try check("contact", #"{"email": "chris.hall@example.gov.uk", "name": "Chris Hall", "telephone": "01480 388116"}"#).get()
        #expect(one == two)
        #expect(one == #"{"email":"chris.hall@example.gov.uk","name":"Chris Hall","telephone":"01480 388116"}"#)
    }
}
