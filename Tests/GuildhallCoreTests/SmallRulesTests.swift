import Foundation
@testable import GuildhallCore
import Testing

@Suite("Small rules")
struct SmallRulesTests {
    @Test("Slugs are lower-case words joined by hyphens", arguments: [
        ("Wyvern Vale District Council", "wyvern-vale-district-council"),
        ("Revenues & Benefits", "revenues-and-benefits"),
        ("  Planning / Building Control ", "planning-building-control"),
        ("Café Licensing", "cafe-licensing"),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(from: input) == expected)
        #expect(Slug.isValid(expected))
    }

    @Test("A token is 256 random bits, stored only as its SHA-256")
    func tokens() {
        let first = APITokenSecret.generate(), second = APITokenSecret.generate()
        #expect(first.value != second.value)
        #expect(first.value.hasPrefix("gh_"))
        #expect(first.value.count == 3 + 43)
        #expect(first.hash.count == 64)
        #expect(first.matches(storedHash: first.hash))
        #expect(!first.matches(storedHash: second.hash))
        #expect(APITokenSecret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("A page number beyond the end shows the last page")
    func paging() {
        #expect(Paging(requested: 9, perPage: 25, total: 51).page == 3)
        #expect(Paging(requested: 0, perPage: 25, total: 51).page == 1)
        #expect(Paging(requested: 2, perPage: 25, total: 0).page == 1)
        #expect(Paging(requested: 2, perPage: 25, total: 51).range == 25..<50)
    }

    @Test("CSV cells that a spreadsheet would run as formulas stay text")
    func csvFormulas() throws {
        let csv = try CSVDocument.write(header: ["name", "note"], rows: [["=HYPERLINK(\"x\")", "a, b"], ["-1+1", "-34"]])
        #expect(csv == "name,note\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a, b\"\r\n'-1+1,-34\r\n")
    }

    @Test("Days are read in London time and must be real dates")
    func londonDays() throws {
        let summer = try #require(CalendarDay("2003-07-01"))
        #expect(summer.start == Date(timeIntervalSince1970: 1_057_014_000)) // 23:00 UTC the evening before
        #expect(CalendarDay("2003-02-30") == nil)
        #expect(CalendarDay("2003-7-1") == nil)
        #expect(CalendarDay("2003-12-31")?.adding(days: 1) == CalendarDay("2004-01-01"))
        #expect(CalendarDay(Date(timeIntervalSince1970: 1_057_014_000)) == summer)
    }
}
