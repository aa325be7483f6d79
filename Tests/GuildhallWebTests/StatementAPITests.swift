import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Statement API")
struct StatementAPITests {
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

            let badDeadline = try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2004, "proForma": "ieg3", "deadline": "soon"}"#)
            #expect(badDeadline.status == .unprocessableEntity)
            #expect(badDeadline.body.string.contains("deadline: Enter the deadline as YYYY-MM-DD"))

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
            let statement = try #require(try await StatementRegister.find(UUID(uuidString: id)!, in: council.requireID(), on: app.db))
            let section = try #require(statement.sections.first { $0.key == "partnership" })
            try await StatementRegister.assign(section, of: statement, division: housing.id, partner: nil, owner: nil, by: .commandLine, at: Date(), on: app.db)
            #expect(try await owner.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership).status == .ok)
            #expect(try await owner.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": []}"#).status == .forbidden)
            #expect(try await owner.send(.POST, "/api/v1/statements/\(id)/sections/partnership/complete").status == .forbidden)
        }
    }

    @Test("A partner organisation writes only the sections assigned to it, and reads nothing else")
    func partner() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let trust = try await Fixtures.organisation(app, slug: "wyvern-pct", tier: .partner)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let lead = try await client(app, "lead@pct.example", roles: [.programmeManager], in: trust)
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            let partnership = #"{"text": "Written by the trust."}"#
            #expect(try await lead.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership).status == .notFound)

            let statement = try #require(try await StatementRegister.find(UUID(uuidString: id)!, in: council.requireID(), on: app.db))
            let section = try #require(statement.sections.first { $0.key == "partnership" })
            try await StatementRegister.assign(section, of: statement, division: nil, partner: trust.id, owner: nil, by: .commandLine, at: Date(), on: app.db)
            let saved = try await lead.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: partnership)
            #expect(saved.status == .ok)
            #expect(try json(saved)["key"] as? String == "partnership")
            #expect(try json(saved)["sections"] == nil, "a partner gets back only its own section")
            #expect(try await lead.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": []}"#).status == .forbidden)
            #expect(try await lead.get("/api/v1/statements/\(id)").status == .notFound)
            #expect(try sections(try await pm.get("/api/v1/statements/\(id)"))["partnership"]?["revision"] as? Int == 1)
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
