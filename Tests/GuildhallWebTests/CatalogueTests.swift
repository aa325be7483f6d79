import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Service catalogue pages")
struct CatalogueTests {
    func service(_ app: Application, _ name: String) async throws -> Service {
        try #require(try await Service.query(on: app.db).filter(\.$name == name).with(\.$division).first())
    }

    @Test("Service owners change only their own division's services; programme managers change all")
    func serviceOwnersAreLimitedToTheirDivision() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let housing = try await service(app, "Housing advice"), planning = try await service(app, "Planning applications")
            try await Fixtures.user(app, "owner@wyvern.example", roles: [.serviceOwner], in: council, division: housing.division)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let owner = Browser(app)
            try await owner.signIn("owner@wyvern.example")

            #expect(try await owner.get("/staff/catalogue/services/\(housing.id!)/edit").status == .ok)
            #expect(try await owner.post("/staff/catalogue/services/\(housing.id!)/interactions/8", [("applicable", "yes"), ("channels[]", "web"), ("eEnabledOn", "2003-10-01")]).status == .seeOther)
            #expect(try await owner.get("/staff/catalogue/services/\(planning.id!)/edit").status == .forbidden)
            #expect(try await owner.post("/staff/catalogue/services/\(planning.id!)/interactions/8", [("applicable", "yes")]).status == .forbidden)
            let elsewhere = try await owner.post("/staff/catalogue/services/new", [("intent", "save"), ("name", "Street naming"), ("division", planning.$division.id.uuidString)])
            #expect(elsewhere.status == .unprocessableEntity)
            #expect(try await Service.query(on: app.db).filter(\.$name == "Street naming").count() == 0)
            let page = try await owner.get("/staff/catalogue/services/\(planning.id!)").body.string
            #expect(!page.contains("/interactions/"))

            let manager = Browser(app)
            try await manager.signIn("pm@wyvern.example")
            #expect(try await manager.post("/staff/catalogue/services/\(planning.id!)/interactions/8", [("applicable", "no")]).status == .seeOther)
        }
    }

    @Test("Auditors and committee members read the catalogue and change nothing", arguments: [Role.auditor, .committeeMember])
    func readersOnly(role: Role) async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let housing = try await service(app, "Housing advice")
            try await Fixtures.user(app, "reader@wyvern.example", roles: [role], in: council, division: housing.division)
            let browser = Browser(app)
            try await browser.signIn("reader@wyvern.example")
            let page = try await browser.get("/staff/catalogue/services/\(housing.id!)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Housing advice"))
            #expect(!page.body.string.contains("/edit"))
            #expect(try await browser.post("/staff/catalogue/services/\(housing.id!)/edit", [("name", "Renamed")]).status == .forbidden)
            #expect(try await service(app, "Housing advice").name == "Housing advice")
        }
    }

    @Test("Adding a service suggests LGSL matches by name, and the service page shows the identifier and providing tier")
    func lgslSuggestions() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let education = try await Fixtures.division(app, "Education", in: council)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")

            let suggested = try await browser.post("/staff/catalogue/services/new", [("intent", "suggest"), ("name", "Free school meals"), ("division", education.id!.uuidString)])
            #expect(suggested.status == .ok)
            #expect(suggested.body.string.contains("4 – Find out about free school meals"))
            #expect(try await Service.query(on: app.db).count() == 0, "suggesting saves nothing")

            let saved = try await browser.post("/staff/catalogue/services/new", [
                ("intent", "save"), ("name", "Free school meals"), ("lgslChoice", "4"), ("lgsl", ""), ("division", education.id!.uuidString), ("public", "yes"),
            ])
            let location = try #require(saved.location)
            let page = try await browser.get(location).body.string
            #expect(page.contains("4 – Find out about free school meals (provided by: county/unitary)"))

            let unknown = try await browser.post("/staff/catalogue/services/new", [("intent", "save"), ("name", "Something"), ("lgsl", "999999"), ("division", education.id!.uuidString)])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("LGSL 999999 is not in the service list"))
        }
    }

    @Test("An interaction's form says what to fix, and a saved change is audited with before and after")
    func interactionForm() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let housing = try await service(app, "Housing advice")
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            let path = "/staff/catalogue/services/\(housing.id!)/interactions/6"

            let badDate = try await browser.post(path, [("applicable", "yes"), ("channels[]", "web"), ("eEnabledOn", "2003-02-30")])
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.body.string.contains("Enter a real date as YYYY-MM-DD"))
            let noElectronic = try await browser.post(path, [("applicable", "yes"), ("channels[]", "telephone"), ("eEnabledOn", "2003-11-01")])
            #expect(noElectronic.body.string.contains("Select at least one electronic channel"))

            #expect(try await browser.post(path, [("applicable", "yes"), ("channels[]", "web"), ("channels[]", "post"), ("eEnabledOn", "2003-11-01"), ("owner", "Priya Nair")]).status == .seeOther)
            let page = try await browser.get("/staff/catalogue/services/\(housing.id!)").body.string
            #expect(page.contains("1 November 2003"))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == "interaction").filter(\.$action == "updated").first())
            #expect(AuditRegister.decode(entry.before)["channels"] == "post")
            #expect(AuditRegister.decode(entry.after)["channels"] == "web;post")
            #expect(AuditRegister.decode(entry.after)["eEnabledOn"] == "2003-11-01")
        }
    }

    @Test("The list filters by division, interaction type, status and name or LGSL identifier")
    func filters() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let housing = try await service(app, "Housing advice")
            try await Fixtures.user(app, "reader@wyvern.example", roles: [.frontOffice], in: council)
            let browser = Browser(app)
            try await browser.signIn("reader@wyvern.example")
            func names(_ query: String) async throws -> [String] {
                let html = try await browser.get("/staff/catalogue?" + query).body.string
                return ["Council Tax", "Housing advice", "Planning applications"].filter { html.contains(">\($0)</a>") }
            }
            // On 4 November 2003: Council Tax paying is overdue, Housing applications planned, Planning not yet e-enabled.
            #expect(try await names("") == ["Council Tax", "Housing advice", "Planning applications"])
            #expect(try await names("division=\(housing.$division.id)") == ["Housing advice"])
            #expect(try await names("status=overdue") == ["Council Tax"])
            #expect(try await names("status=planned") == ["Housing advice", "Planning applications"])
            #expect(try await names("status=at-risk") == ["Council Tax", "Housing advice"])
            #expect(try await names("status=not-applicable") == ["Housing advice"])
            #expect(try await names("type=1&status=e-enabled") == ["Housing advice"])
            #expect(try await names("q=plan") == ["Planning applications"])
            #expect(try await names("q=57") == ["Council Tax"])
            #expect(try await names("q=%25") == [])
        }
    }

    @Test("A catalogue file uploaded through the pages is checked, previewed, and imported only when confirmed")
    func importThroughPages() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")

            let bad = try await browser.upload("/staff/catalogue/import", file: "service,division,interaction,applicable\nParks,Leisure,11,yes\nParks,Leisure,1,maybe\n")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("“11” is not an interaction type"))
            #expect(bad.body.string.contains("Applicable must be yes or no"))
            #expect(try await PendingImport.query(on: app.db).count() == 0)

            let good = try await browser.upload("/staff/catalogue/import", file: Catalogues.small)
            let preview = try await browser.get(try #require(good.location))
            #expect(preview.body.string.contains("Interactions to add"))
            #expect(preview.body.string.contains("Revenues, Housing, Planning"))
            #expect(try await Service.query(on: app.db).count() == 0, "nothing is imported before confirmation")

            #expect(try await browser.post(good.location!).location == "/staff/catalogue")
            #expect(try await Service.query(on: app.db).count() == 3)
            #expect(try await Interaction.query(on: app.db).count() == 7)
            #expect(try await browser.post(good.location!).status == .notFound, "a confirmed import cannot be applied twice")
        }
    }

    @Test("The catalogue downloads as the same CSV the command line exports")
    func exportMatchesCommandLine() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            try await Fixtures.user(app, "reader@wyvern.example", roles: [.auditor], in: council)
            let browser = Browser(app)
            try await browser.signIn("reader@wyvern.example")
            let download = try await browser.get("/staff/catalogue/export.csv")
            #expect(download.headers.first(name: .contentDisposition)?.contains("wyvern-vale-catalogue.csv") == true)
            let printed = try await app.run("export", "catalogue", "--org", "wyvern-vale")
            #expect(download.body.string == printed)
            #expect(printed.hasPrefix("lgsl,service,division,interaction,applicable,channels,e_enabled_on,target_on,evidence_url,standard_days\r\n"))
        }
    }
}

extension Browser {
    /// Posts a file as a browser's file upload would (multipart/form-data), with the CSRF token.
    func upload(_ path: String, file contents: String, filename: String = "catalogue.csv") async throws -> TestingHTTPResponse {
        let boundary = "guildhall-test-boundary"
        let token = try await token()
        var body = ByteBufferAllocator().buffer(capacity: 0)
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n")
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n\(contents)\r\n")
        body.writeString("--\(boundary)--\r\n")
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }
}
