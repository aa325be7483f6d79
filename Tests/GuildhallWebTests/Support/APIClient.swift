import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// A program using the API with a token that acts as a new member of staff.
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

/// A statement document's sections by key.
func sections(_ response: TestingHTTPResponse) throws -> [String: [String: Any]] {
    let list = try #require(try json(response)["sections"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: list.map { ($0["key"] as! String, $0) })
}

extension Browser {
    /// Sends JSON, as a program would.
    @discardableResult
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
            let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let member = try await client(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let id = try json(try await pm.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#))["id"] as! String
            try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": []}"#)

            let unknownBody = try await pm.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "golf-club", "meetingOn": "2003-11-11"}"#)
            #expect(unknownBody.status == .unprocessableEntity)
            #expect(unknownBody.body.string.contains("use programme-board, advisory-group, management-team, scrutiny-panel"))
            let opened = try await pm.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "scrutiny-panel", "meetingOn": "2003-11-11"}"#)
            #expect(opened.status == .created)
            let consultation = try #require(try json(opened)["id"] as? String)
            #expect(try await member.send(.POST, "/api/v1/statements/\(id)/consultations", json: #"{"body": "scrutiny-panel", "meetingOn": "2003-11-11"}"#).status == .forbidden)

            let commented = try await member.send(.POST, "/api/v1/consultations/\(consultation)/comments", json: #"{"section": "risks", "text": "Add the risk that the CRM is late."}"#)
            #expect(commented.status == .created)
            let comment = try #require(try json(commented)["id"] as? String)
            #expect(try await member.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "noted", "response": "Thank you."}"#).status == .forbidden)

            let tooSoon = try await pm.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "incorporated", "response": "Added."}"#)
            #expect(tooSoon.status == .unprocessableEntity)
            #expect(tooSoon.body.string.contains("Save the risks section with the change"))
            try await pm.send(.PUT, "/api/v1/statements/\(id)/sections/risks", json: #"{"risks": [{"risk": "The CRM is late", "likelihood": "medium", "impact": "high", "mitigation": "Weekly supplier reviews", "owner": "Chris Hale"}]}"#)
            let incorporated = try await pm.send(.PUT, "/api/v1/comments/\(comment)/disposition", json: #"{"disposition": "incorporated", "response": "Added to the register."}"#)
            #expect(incorporated.status == .ok)
            #expect(try json(incorporated)["incorporatedIn"] as? Int == 2)

            let bad = try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "cabinet", "outcome": "approved-with-amendments", "decidedOn": "2003-11-20", "minute": "C/123"}"#)
            #expect(bad.body.string.contains("Name the officer delegated to make the amendments"))
            #expect(try await pm.send(.POST, "/api/v1/statements/\(id)/decisions", json: #"{"body": "cabinet", "outcome": "approved", "decidedOn": "2003-11-20", "minute": "C/123"}"#).status == .created)

            let statement = try json(try await member.get("/api/v1/statements/\(id)"))
            let rounds = try #require(statement["consultations"] as? [[String: Any]])
            #expect(rounds.first?["body"] as? String == "scrutiny-panel")
            #expect((rounds.first?["revisions"] as? [String: Int])?["risks"] == 1)
            #expect((rounds.first?["comments"] as? [[String: Any]])?.first?["disposition"] as? String == "incorporated")
            #expect((statement["decisions"] as? [[String: Any]])?.first?["minute"] as? String == "C/123")
        }
    }
}
