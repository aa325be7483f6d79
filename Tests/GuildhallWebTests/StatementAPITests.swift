import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Statement API")
struct StatementAPITests {
    /// A programme for a token acting as `email`, with the roles given.
    func client(_ app: Application, _ email: String, roles: [Role], in organisation: Organisation, division: Division? = nil) async throws -> Browser {
        let user = try await Fixtures.user(app, email, roles: roles, in: organisation, division: division)
        let (_, secret) = try await APITokenRegister.issue(named: "Tests", for: user, by: .commandLine, at: Date(), on: app.db)
        let browser = Browser(app)
        browser.headers.bearerAuthorization = .init(token: secret.value)
        browser.headers.contentType = .json
        return browser
    }

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    func sections(_ response: TestingHTTPResponse) throws -> [String: [String: Any]] {
        let list = try #require(try json(response)["sections"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["key"] as! String, $0) })
    }

    @Test("A programme manager creates a statement from the pro forma; every section starts not started")
    func create() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let created = try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#)
            #expect(created.status == .created)
            let body = try json(created)
            #expect(body["status"] as? String == "draft")
            let id = try #require(body["id"] as? String)
            let shown = try sections(try await pm.get("/api/v1/statements/\(id)"))
            #expect(Set(shown.keys) == Set(ProForma.ieg3.sections.map(\.key)))
            #expect(shown.values.allSatisfy { $0["status"] as? String == "not-started" && $0["content"] is NSNull })

            let again = try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("There is already a statement for 2003"))
        }
    }

    @Test("Saving checks the content: 1,001 words are refused with a clear reason, 1,000 are saved")
    func wordLimit() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            let words = (1...1000).map { _ in "service" }
            let tooLong = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/priority-services", json: #"{"text": "\#((words + ["more"]).joined(separator: " "))"}"#)
            #expect(tooLong.status == .unprocessableEntity)
            #expect(try json(tooLong)["problems"] as? [String] == ["text: this section is limited to 1,000 words and has 1,001: remove 1"])
            let saved = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/priority-services", json: #"{"text": "\#(words.joined(separator: " "))"}"#)
            #expect(saved.status == .ok)
            let section = try #require(try sections(saved)["priority-services"])
            #expect(section["status"] as? String == "in-progress")
            #expect(section["revision"] as? Int == 1)

            #expect(try await pm.send(.POST, "/api/v1/statements/\(id)/sections/priority-services/complete").status == .ok)
            #expect(try sections(try await pm.get("/api/v1/statements/\(id)"))["priority-services"]?["status"] as? String == "complete")
        }
    }

    @Test("The BVPI 157 section's figures equal the command line's for its date")
    func bvpi157Section() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            let saved = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/bvpi157", json: #"{"asAt": "2003-09-30", "commentary": "On track for the LPSA target."}"#)
            let figures = try #require(try sections(saved)["bvpi157"]?["figures"])
            let printed = try await app.run("bvpi157", "--org", "wyvern-vale", "--on", "2003-09-30", "--json")
            let expected = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? NSDictionary
            #expect(expected == (figures as? NSDictionary))
        }
    }

    @Test("Committee members read drafts but cannot edit; service owners edit only their division's sections; central reviewers never see drafts")
    func whoMayDoWhat() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let housing = try await Fixtures.division(app, "Housing", in: council)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let member = try await client(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let owner = try await client(app, "owner@wyvern.example", roles: [.serviceOwner], in: council, division: housing)
            let central = try await client(app, "reviewer@odpm.example", roles: [.centralReviewer], in: try await Fixtures.organisation(app, slug: "odpm", tier: .central))
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            let partnership = #"{"text": "The Hub is shared with our partners."}"#

            #expect(try await member.get("/api/v1/statements/\(id)").status == .ok)
            #expect(try await member.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership).status == .forbidden)
            #expect(try await central.get("/api/v1/statements/\(id)").status == .forbidden)

            #expect(try await owner.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership).status == .forbidden)
            let statement = try #require(try await StatementWorkflow.find(UUID(uuidString: id)!, in: council.requireID(), on: app.db))
            let section = try #require(statement.sections.first { $0.key == "partnership" })
            try await StatementWorkflow.assign(section, of: statement, division: housing.id, partner: nil, owner: nil, by: .commandLine, at: Date(), on: app.db)
            #expect(try await owner.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership).status == .ok)
            #expect(try await owner.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": []}"#).status == .forbidden)
            #expect(try await owner.send(.POST, "/api/v1/statements/\(id)/sections/partnership/complete").status == .forbidden)
        }
    }

    @Test("Another organisation's statement answers 404, and a closed statement refuses edits with 409")
    func boundaries() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let other = try await client(app, "pm@marlshire.example", roles: [.programmeManager], in: try await Fixtures.organisation(app, slug: "marlshire", tier: .county))
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            #expect(try await other.get("/api/v1/statements/\(id)").status == .notFound)
            #expect(try await other.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2004, "proForma": "ieg3"}"#).status == .notFound)

            let statement = try #require(try await Statement.find(UUID(uuidString: id), on: app.db))
            statement.isClosed = true
            try await statement.save(on: app.db)
            let refused = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: #"{"text": "Too late."}"#)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("final statement has been submitted"))
        }
    }
}

extension Browser {
    /// Sends JSON, as a program would.
    func send(_ method: HTTPMethod, _ path: String, json: String = "{}") async throws -> TestingHTTPResponse {
        var body = ByteBufferAllocator().buffer(capacity: 0)
        body.writeString(json)
        return try await send(method, path, body: body, contentType: "application/json")
    }
}

@Suite("Consultation and decisions through the API")
struct ConsultationAPITests {
    @Test("Committee members comment on a shared draft; the programme team answers, naming the revision that took a comment in; decisions are recorded")
    func consultationRound() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let helper = StatementAPITests()
            let pm = try await helper.client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let member = try await helper.client(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let id = try helper.json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": []}"#)

            let unknownBody = try await pm.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "golf-club", "meetingOn": "2003-11-11"}"#)
            #expect(unknownBody.status == .unprocessableEntity)
            #expect(unknownBody.body.string.contains("use programme-board, advisory-group, management-team, scrutiny-panel"))
            let opened = try await pm.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "scrutiny-panel", "meetingOn": "2003-11-11"}"#)
            #expect(opened.status == .created)
            let consultation = try #require(try helper.json(opened)["id"] as? String)
            #expect(try await member.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "scrutiny-panel", "meetingOn": "2003-11-11"}"#).status == .forbidden)

            let commented = try await member.send(.POST, "/api/v1/consultations/\(consultation)/comments", json: #"{"section": "risks", "text": "Add the risk that the CRM is late."}"#)
            #expect(commented.status == .created)
            let comment = try #require(try helper.json(commented)["id"] as? String)
            #expect(try await member.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "noted", "response": "Thank you."}"#).status == .forbidden)

            let tooSoon = try await pm.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "incorporated", "response": "Added."}"#)
            #expect(tooSoon.status == .unprocessableEntity)
            #expect(tooSoon.body.string.contains("Save the risks section with the change"))
            try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": [{"risk": "The CRM is late", "likelihood": "medium", "impact": "high", "mitigation": "Weekly supplier reviews", "owner": "Chris Hale"}]}"#)
            let incorporated = try await pm.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "incorporated", "response": "Added to the register."}"#)
            #expect(incorporated.status == .ok)
            #expect(try helper.json(incorporated)["incorporatedIn"] as? Int == 2)

            let bad = try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "cabinet", "outcome": "approved-with-amendments", "decidedOn": "2003-11-20", "minute": "C/123"}"#)
            #expect(bad.body.string.contains("Name the officer delegated to make the amendments"))
            #expect(try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "cabinet", "outcome": "approved", "decidedOn": "2003-11-20", "minute": "C/123"}"#).status == .created)

            let statement = try helper.json(try await member.get("/api/v1/statements/\(id)"))
            let rounds = try #require(statement["consultations"] as? [[String: Any]])
            #expect(rounds.first?["body"] as? String == "scrutiny-panel")
            #expect((rounds.first?["revisions"] as? [String: Int])?["risks"] == 1)
            #expect((rounds.first?["comments"] as? [[String: Any]])?.first?["disposition"] as? String == "incorporated")
            #expect((statement["decisions"] as? [[String: Any]])?.first?["minute"] as? String == "C/123")
        }
    }
}
