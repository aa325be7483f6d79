import Crypto
import FluentKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// Creates a statement through the API and fills every section with the demo's content.
func draftedStatement(_ pm: Browser, complete: Bool = true) async throws -> String {
    let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
    for section in ProForma.ieg3.sections {
        let saved = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/\(section.key)", json: DemoStatement.content[section.key]!)
        try #require(saved.status == .ok, "\(section.key): \(saved.body.string)")
        if complete { try await pm.send(.POST, "/api/v1/statements/\(id)/sections/\(section.key)/complete") }
    }
    return id
}

@Suite("Submissions through the API")
struct SubmissionAPITests {
    @Test("A draft needs every section complete; the refusal lists each one, and after a draft work goes on in a new version")
    func draft() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let id = try await draftedStatement(pm, complete: false)
            try await pm.send(.POST, "/api/v1/statements/\(id)/sections/contact/complete")

            let refused = try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "draft"}"#)
            #expect(refused.status == .conflict)
            let outstanding = try #require(try json(refused)["outstanding"] as? [[String: String]])
            #expect(outstanding.map { $0["reference"] } == ProForma.ieg3.sections.map(\.key).filter { $0 != "contact" })
            #expect(outstanding.first?["description"] == "Section 1, Priority services, is not complete")

            for section in ProForma.ieg3.sections { try await pm.send(.POST, "/api/v1/statements/\(id)/sections/\(section.key)/complete") }
            let submitted = try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "draft"}"#)
            #expect(submitted.status == .created)
            #expect(try json(submitted)["version"] as? Int == 1)
            let statement = try json(try await pm.get("/api/v1/statements/\(id)"))
            #expect(statement["version"] as? Int == 2)
            #expect(statement["status"] as? String == "draft")
            #expect(try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: #"{"text": "Still open for work."}"#).status == .ok)

            let unknown = try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "provisional"}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("kind: use draft or final"))
        }
    }

    @Test("A final submission is refused while a comment has no disposition or full Council has not approved, naming each")
    func finalRefused() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let member = try await client(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let id = try await draftedStatement(pm)
            let round = try json(try await pm.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "scrutiny-panel", "meetingOn": "2003-11-11"}"#))["id"] as! String
            let comment = try json(try await member.send(.POST, "/api/v1/consultations/\(round)/comments", json: #"{"section": "risks", "text": "Add a staffing risk."}"#))["id"] as! String
            try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "cabinet", "outcome": "approved", "decidedOn": "2003-11-20", "minute": "C/123"}"#)
            try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "full-council", "outcome": "deferred", "decidedOn": "2003-11-27", "minute": "FC/9"}"#)

            let refused = try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "final"}"#)
            #expect(refused.status == .conflict)
            let outstanding = try #require(try json(refused)["outstanding"] as? [[String: String]])
            #expect(outstanding.map { $0["type"] } == ["comment", "decision"])
            #expect(outstanding[0]["reference"] == comment)
            #expect(outstanding[0]["description"] == "A comment on Risks from the Scrutiny panel meeting of 11 November 2003 has no disposition: “Add a staffing risk.”")
            #expect(outstanding[1]["description"] == "Full Council has not approved the statement (its latest decision, on 27 November 2003, was deferred)")

            try await pm.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "noted", "response": "The corporate register covers staffing."}"#)
            let stillRefused = try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "final"}"#)
            #expect(try json(stillRefused)["outstanding"] as? [[String: String]] == [outstanding[1]])
            try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "full-council", "outcome": "approved", "decidedOn": "2003-12-11", "minute": "FC/14"}"#)
            #expect(try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "final"}"#).status == .created)
        }
    }

    @Test("After the final submission the document and its hash never change, even when the catalogue does, and sections are closed")
    func frozen() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let id = try await draftedStatement(pm)
            try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "full-council", "outcome": "approved", "decidedOn": "2003-12-11", "minute": "FC/14"}"#)
            let receipt = try json(try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "final"}"#))
            let submission = try #require(receipt["id"] as? String)
            let sha256 = try #require(receipt["sha256"] as? String)

            let before = try await pm.get("/api/v1/submissions/\(submission).json")
            #expect(before.status == .ok)
            let hashed = SHA256.hash(data: Data(before.body.readableBytesView)).map { String(format: "%02x", $0) }.joined()
            #expect(hashed == sha256)
            let frozenFigures = try #require(((try json(before)["statement"] as? [String: Any])?["sections"] as? [[String: Any]])?.first { $0["key"] as? String == "bvpi157" }?["figures"] as? [String: Any])
            let printed = try await app.run("bvpi157", "--org", "wyvern-vale", "--on", "2003-09-30", "--json")
            #expect(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? NSDictionary == frozenFigures as NSDictionary)

            // Every interaction e-enabled from now on: the live figures move, the submission does not.
            try await Interaction.query(on: app.db).set(\.$eEnabledOn, to: CalendarDay("2003-01-01")).set(\.$electronic, to: true).set(\.$channelList, to: "web").update()
            let live = try sections(try await pm.get("/api/v1/statements/\(id)"))["bvpi157"]?["figures"] as? [String: Any]
            #expect((live as NSDictionary?) != (frozenFigures as NSDictionary))
            let after = try await pm.get("/api/v1/submissions/\(submission).json")
            #expect(after.body.string == before.body.string)

            let refused = try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: #"{"text": "Changed afterwards."}"#)
            #expect(refused.status == .conflict)
            #expect(try json(try await pm.get("/api/v1/statements/\(id)"))["status"] as? String == "closed")
            #expect(try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "final"}"#).status == .conflict)

            let stored = try #require(try await Submission.find(UUID(uuidString: submission), on: app.db))
            stored.html = "<p>Rewritten</p>"
            await #expect(throws: (any Error).self) { try await stored.save(on: app.db) }
            await #expect(throws: (any Error).self) { try await stored.delete(on: app.db) }
        }
    }

    @Test("The XML document is well formed, under the documented root, with the same hash and fields as the JSON")
    func xml() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let id = try await draftedStatement(pm)
            try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/partnership", json: #"{"text": "Partners <and> \"friends\" & neighbours"}"#)
            try await pm.send(.POST, "/api/v1/statements/\(id)/sections/partnership/complete")
            let receipt = try json(try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "draft"}"#))
            let response = try await pm.get("/api/v1/submissions/\(receipt["id"] as! String).xml")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "xml")

            final class Reader: NSObject, XMLParserDelegate {
                var root = "", sha256 = "", texts: [String] = [], current = ""
                func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                    if root.isEmpty { root = name; sha256 = attributes["sha256"] ?? "" }
                    current = ""
                }
                func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
                func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                    if name == "text" { texts.append(current) }
                }
            }
            let reader = Reader()
            let parser = XMLParser(data: Data(response.body.readableBytesView))
            parser.delegate = reader
            #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
            #expect(reader.root == "submission")
            #expect(reader.sha256 == receipt["sha256"] as? String)
            #expect(reader.texts.contains("Partners <and> \"friends\" & neighbours"))
        }
    }

    @Test("Central reviewers read any organisation's submissions but never its drafts; other councils see neither")
    func centralReviewers() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let central = try await client(app, "reviewer@odpm.example", roles: [.centralReviewer], in: try await Fixtures.organisation(app, slug: "odpm", tier: .central))
            let other = try await client(app, "pm@marlshire.example", roles: [.programmeManager], in: try await Fixtures.organisation(app, slug: "marlshire", tier: .county))
            let id = try await draftedStatement(pm)
            let submission = try json(try await pm.send(.POST, "/api/v1/statements/\(id)/submissions", json: #"{"kind": "draft"}"#))["id"] as! String

            #expect(try await central.get("/api/v1/statements/\(id)").status == .forbidden)
            #expect(try await central.get("/api/v1/submissions/\(submission).json").status == .ok)
            #expect(try await other.get("/api/v1/submissions/\(submission).json").status == .notFound)
            #expect(try await pm.get("/api/v1/submissions/\(submission).pdf").status == .notFound)
            let frontOffice = try await client(app, "desk@wyvern.example", roles: [.frontOffice], in: council)
            #expect(try await frontOffice.get("/api/v1/submissions/\(submission).json").status == .forbidden)
        }
    }
}
