import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("Local Government Service List")
struct LGSLTests {
    @Test("The shipped sample is loaded with the schema")
    func sampleIsLoaded() async throws {
        try await withDatabase { db in
            let count = try await LGSLService.query(on: db).count()
            let first = try await LGSLRegister.find(1, on: db)
            #expect(count == 124)
            #expect(first?.tier == "county/unitary")
        }
    }

    @Test("Both published formats load, and an esd list keeps the tiers it does not give")
    func formats() async throws {
        try await withDatabase { db in
            let added = try await LGSLRegister.load(try LGSLRegister.parse("Identifier,Label\n1,Educating your child at home\n99999,Something new\n"), on: db)
            #expect(added == (added: 1, updated: 1))
            let one = try #require(try await LGSLRegister.find(1, on: db))
            #expect(one.description == "Educating your child at home")
            #expect(one.tier == "county/unitary")
        }
    }

    @Test("A bad list is rejected with every problem")
    func badList() {
        let rejected = try? #require(throws: ImportRejected.self) {
            try LGSLRegister.parse("LGSL,Description,Providing Tier\nx,Thing,all\n5,Other,all\n5,Again,all\n")
        }
        #expect(rejected?.problems.map(\.line) == [2, 4])
    }

    @Test("Suggestions match a service's name to LGSL descriptions")
    func suggestions() async throws {
        try await withDatabase { db in
            let found = try await LGSLRegister.suggestions(for: "Free school meals", on: db)
            #expect(found.first?.id == 4)
        }
    }

    @Test("The interaction types match the shipped reference data")
    func interactionTypesMatchReference() throws {
        let url = try #require(Bundle.module.url(forResource: "bvpi157-interaction-types", withExtension: "csv", subdirectory: nil)
            ?? Bundle.allBundles.lazy.compactMap { $0.url(forResource: "bvpi157-interaction-types", withExtension: "csv") }.first)
        let table = try CSVDocument.read(try String(contentsOf: url, encoding: .utf8))
        #expect(table.header == ["code", "label", "lgil"])
        #expect(table.rows.map { $0.fields } == InteractionType.allCases.map { [String($0.code), $0.label, String($0.lgil)] })
    }
}
