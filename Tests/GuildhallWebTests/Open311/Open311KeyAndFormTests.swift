import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Open311 keys, the home council and form definitions")
struct Open311KeyAndFormTests {
    @Test("An administrator issues a key that is shown once, and once revoked it writes nothing")
    func issueAndRevoke() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: world.council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            let refused = try await browser.post("/staff/admin/open311-keys/new", [("name", "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Enter the name of the application"))
            let issued = try await browser.post("/staff/admin/open311-keys/new", [("name", "Street Reporter")])
            #expect(issued.status == .created)
            let html = issued.body.string
            let range = try #require(html.range(of: #"id="key" type="text" readonly="readonly" value="gh_[^"]+""#, options: .regularExpression))
            let secret = String(html[range].split(separator: "\"").last!)
            var app2 = world.fixMyStreet
            app2.apiKey = secret
            #expect(try await app2.post("requests.xml", PotholeCouncil.report()).status == .created)

            let key = try #require(try await Open311Key.query(on: app.db).filter(\.$name == "Street Reporter").first())
            let list = try await browser.get("/staff/admin/open311-keys").body.string
            #expect(list.contains("Street Reporter") && !list.contains(secret))
            #expect(try await browser.get("/staff/admin/open311-keys/\(key.id!)/revoke").body.string.contains("Revoke the key for “Street Reporter”?"))
            #expect(try await browser.post("/staff/admin/open311-keys/\(key.id!)/revoke").status == .seeOther)
            #expect(try await app2.post("requests.xml", PotholeCouncil.report()).status == .forbidden)
            #expect(try await Case.query(on: app.db).filter(\.$client == "Street Reporter").count() == 1)
        }
    }

    @Test("The home council is chosen by its administrator, not taken from the first council added")
    func homeCouncil() async throws {
        try await withGuildhall { app, _ in
            let first = try await Fixtures.organisation(app, slug: "marlshire", tier: .county)
            let second = try await Fixtures.organisation(app, slug: "wyvern-vale")
            #expect(try await HomeCouncil.find(on: app.db) == nil, "two councils and no choice: no home council")
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: second)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            #expect(try await browser.get("/staff/admin/organisations").body.string.contains("Make your council the home council"))
            #expect(try await browser.post("/staff/admin/home-council").status == .seeOther)
            #expect(try await HomeCouncil.find(on: app.db)?.id == second.id)
            #expect(first.id != second.id)
            let home = try await Browser(app).get("/").body.string
            #expect(home.contains(second.name))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "home-council").count() == 1)
        }
    }

    @Test("A form definition with problems is refused with each one named, and nothing is saved")
    func invalidDefinitions() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let pm = try await client(app, "pm2@wyvern.example", roles: [.programmeManager], in: world.council)
            let path = "/api/v1/organisations/wyvern-vale/services/report-a-pothole/form"
            let bad = try await pm.send(.PUT, path, json: #"""
                {"interactionType": 3, "publishedFrom": "2003-02-30", "location": "somewhere",
                 "questions": [{"code": "depth", "question": "How deep?", "datatype": "singlevaluelist", "required": true, "values": []},
                               {"code": "depth", "question": "Again?", "datatype": "colour", "required": "perhaps"}]}
                """#)
            #expect(bad.status == .unprocessableEntity)
            let problems = try #require(try json(bad)["problems"] as? [String])
            for expected in ["interactionType: The service has no applicable interaction of type 3", "publishedFrom:", "location:",
                             "questions[0].values: A list needs at least one value", "questions[1].code: Two questions have the code depth",
                             "questions[1].datatype:", "questions[1].required:"] {
                #expect(problems.contains { $0.hasPrefix(expected) }, "\(expected) in \(problems)")
            }
            let kept = try json(try await pm.get(path))
            #expect((kept["questions"] as? [[String: Any]])?.count == 2, "the earlier definition stands")
            #expect(kept["publishedFrom"] as? String == "2003-01-01")

            let draft = try await pm.send(.PUT, path, json: #"{"interactionType": 6, "publishedFrom": null, "questions": []}"#)
            #expect(draft.status == .ok)
            #expect(try json(draft)["publishedFrom"] is NSNull)
            #expect(try FixMyStreet.xml(try await world.fixMyStreet.get("services.xml")).all("service").isEmpty, "an unpublished form is offered to no one")
            #expect(try await pm.get("/api/v1/organisations/wyvern-vale/services/street-lighting/form").status == .notFound)

            let other = try await Fixtures.division(app, "Leisure", in: world.council)
            let owner = try await client(app, "owner@wyvern.example", roles: [.serviceOwner], in: world.council, division: other)
            #expect(try await owner.send(.PUT, path, json: PotholeCouncil.form).status == .forbidden)
        }
    }
}
