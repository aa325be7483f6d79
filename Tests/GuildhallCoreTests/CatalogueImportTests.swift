import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("Catalogue import and export")
struct CatalogueImportTests {
    let now = Date(timeIntervalSince1970: 1_067_904_000)

    func organisation(_ slug: String, on db: any Database) async throws -> Organisation {
        try await OrganisationRegister.add(OrganisationDraft(slug: slug, name: slug, tier: "district"), by: .commandLine, at: now, on: db)
    }

    @Test("A bad file is rejected whole, with every problem and its line number")
    func badFileRejectedWhole() async throws {
        try await withDatabase { db in
            let council = try await organisation("wyvern-vale", on: db)
            let file = """
                service,division,interaction,applicable,channels,e_enabled_on,target_on,standard_days,evidence_url
                Council Tax,Revenues,2,yes,web,2003-01-01,,,
                Council Tax,Revenues,Haggling,yes,web,,,,
                Bins,Environment,1,perhaps,carrier-pigeon,2003-02-30,03/04/2004,-2,ftp://example.org
                Council Tax,Revenues,collecting revenue,yes,web,,,,
                ,Environment,1,yes,web,,,,

                """
            let rejected = try #require(throws: ImportRejected.self) {
                try CatalogueCSV.parse(file).get()
            }
            #expect(rejected.problems.map(\.line) == [3, 4, 4, 4, 4, 4, 4, 5, 6])
            #expect(rejected.problems.map(\.message).joined(separator: "\n").contains("“Haggling” is not an interaction type"))
            #expect(rejected.problems.map(\.message).contains("Council Tax already has a row for Collecting revenue on line 2"))
            #expect(rejected.problems.map(\.message).contains("“carrier-pigeon” is not a channel: use web, email, telephone-with-records, telephone, face-to-face, kiosk, digital-tv, sms, post"))
            #expect(rejected.problems.map(\.message).contains("e_enabled_on “2003-02-30” is not a real date in the form YYYY-MM-DD"))

            await #expect(throws: ImportRejected.self) {
                try await ImportRegister.apply(file, to: council.requireID(), by: .commandLine, at: now, on: db)
            }
            #expect(try await Service.query(on: db).count() == 0)
            #expect(try await Interaction.query(on: db).count() == 0)
            #expect(try await Division.query(on: db).count() == 0)
        }
    }

    @Test("Unknown and missing columns are rejected before any row is read")
    func columns() {
        let rejected = try? #require(throws: ImportRejected.self) {
            try CatalogueCSV.parse("service,division,interaction,colour\nParks,Leisure,1,green\n").get()
        }
        #expect(rejected?.problems.map(\.description) == [
            "Line 1: Unknown column “colour”: the columns are lgsl, service, division, interaction, applicable, channels, e_enabled_on, target_on, evidence_url, standard_days",
            "Line 1: Missing column applicable",
        ])
    }

    @Test("A byte-order mark, CRLF line endings, quoted commas and labels in any case are accepted")
    func lenientFormatting() throws {
        let file = "\u{FEFF}Applicable,SERVICE,division,interaction,channels\r\n"
            + "yes,\"Parks, gardens and open spaces\",Leisure,BOOKING VENUES, RESOURCES AND COURSES,web\r\n"
            + "yes,\"Parks, gardens and open spaces\",Leisure,\"booking venues, resources and courses\",web\r\n"
        // The unquoted label with commas is a real mistake: the row has too many fields.
        let rejected = try #require(throws: ImportRejected.self) { try CatalogueCSV.parse(file).get() }
        #expect(rejected.problems.first?.line == 2)

        let good = "\u{FEFF}Applicable,SERVICE,division,interaction,channels\r\n"
            + "yes,\"Parks, gardens and open spaces\",Leisure,\"BOOKING VENUES, RESOURCES AND COURSES\",web;email\r\n"
            + "no,\"Parks, gardens and open spaces\",Leisure,regulation,\r\n"
        let rows = try CatalogueCSV.parse(good).get()
        #expect(rows.map(\.service) == ["Parks, gardens and open spaces", "Parks, gardens and open spaces"])
        #expect(rows.map(\.type) == [.booking, .regulation])
        #expect(rows[0].channels == [.web, .email])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test("Export, then import into a new organisation, gives the same figures and the same export")
    func roundTrip() async throws {
        try await withDatabase { db in
            let first = try await organisation("first", on: db)
            try await ImportRegister.apply("""
                lgsl,service,division,interaction,applicable,channels,e_enabled_on,target_on,evidence_url,standard_days
                57,Council Tax,Revenues,2,yes,web;telephone-with-records,2003-01-01,,https://example.org/council-tax,10
                57,Council Tax,Revenues,1,yes,web,2002-05-01,,,
                ,"Bins, bags and boxes",Environment,6,yes,telephone,,2004-03-31,,5
                ,"Bins, bags and boxes",Environment,4,no,,,,,

                """, to: first.requireID(), by: .commandLine, at: now, on: db)
            let exported = try await CatalogueCSV.export(organisationID: first.requireID(), on: db)

            let second = try await organisation("second", on: db)
            let summary = try await ImportRegister.apply(exported, to: second.requireID(), by: .commandLine, at: now, on: db)
            #expect(summary == .init(added: 4, changed: 0, unchanged: 0))
            #expect(try await CatalogueCSV.export(organisationID: second.requireID(), on: db) == exported)

            let day = CalendarDay("2004-03-31")!
            var one = try await BVPI157.report(for: first, on: day, on: db)
            let two = try await BVPI157.report(for: second, on: day, on: db)
            one.organisation = two.organisation
            #expect(one == two)

            // Importing the same file again changes nothing.
            #expect(try await ImportRegister.apply(exported, to: second.requireID(), by: .commandLine, at: now, on: db) == .init(added: 0, changed: 0, unchanged: 4))
        }
    }

    @Test("The preview tells additions from changes, and names new divisions and services")
    func plan() async throws {
        try await withDatabase { db in
            let council = try await organisation("wyvern-vale", on: db)
            try await ImportRegister.apply("service,division,interaction,applicable\nCouncil Tax,Revenues,2,yes\n", to: council.requireID(), by: .commandLine, at: now, on: db)
            let plan = try await ImportRegister.plan("""
                service,division,interaction,applicable,channels
                council tax,Revenues,2,yes,web
                Council Tax,Revenues,1,yes,web
                Bins,Environment,1,yes,web

                """, for: council.requireID(), on: db).get()
            #expect(plan.changes.map(\.row.line) == [2])
            #expect(plan.additions.map(\.row.line) == [3, 4])
            #expect(plan.newDivisions == ["Environment"])
            #expect(plan.newServices == ["Bins"])
        }
    }

    @Test("Each change an import makes is in the audit trail")
    func importIsAudited() async throws {
        try await withDatabase { db in
            let council = try await organisation("wyvern-vale", on: db)
            try await ImportRegister.apply("service,division,interaction,applicable\nCouncil Tax,Revenues,2,yes\n", to: council.requireID(), by: .commandLine, at: now, on: db)
            let entities = try await AuditEntry.query(on: db).filter(\.$organisationID == council.id).all().map { "\($0.action) \($0.entity)" }
            #expect(entities.sorted() == ["created division", "created interaction", "created organisation", "created service"])
        }
    }

    @Test("Audit entries name the very records an import created, and a later row's LGSL reaches a new service")
    func auditNamesTheRecords() async throws {
        try await withDatabase { db in
            let council = try await organisation("wyvern-vale", on: db)
            try await ImportRegister.apply("""
                service,division,interaction,applicable,lgsl
                Council Tax,Revenues,1,yes,
                Council Tax,Revenues,2,yes,58
                Business rates,Revenues,1,yes,
                """ + "\n", to: council.requireID(), by: .commandLine, at: now, on: db)
            let audited = Set(try await AuditEntry.query(on: db).filter(\.$entity ~~ ["service", "interaction"]).all().map(\.entityID))
            let services = try await Service.query(on: db).all()
            let interactions = try await Interaction.query(on: db).all()
            #expect(audited == Set((services.map(\.id) + interactions.map(\.id)).map { $0!.uuidString }))
            #expect(services.first { $0.name == "Council Tax" }?.lgsl == 58)
            let councilTax = try #require(try await AuditEntry.query(on: db).filter(\.$entityID == services.first { $0.name == "Council Tax" }!.id!.uuidString).first())
            #expect(AuditRegister.decode(councilTax.after)["lgsl"] == "58")
        }
    }
}
