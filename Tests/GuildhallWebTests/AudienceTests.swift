import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Each audience answers in its own way")
struct AudienceTests {
    @Test("A missing staff page, Hub page, API resource and Open311 resource each answer 404 in their audience's own format")
    func notFoundByAudience() async throws {
        try await withGuildhall { app, _ in
            let browser = Browser(app)
            let staff = try await browser.get("/staff/no-such-page")
            #expect(staff.status == .notFound)
            #expect(staff.headers.contentType == .html)
            #expect(staff.body.string.contains("Page not found"))
            #expect(staff.headers.first(name: .cacheControl) == "no-store")

            let hub = try await browser.get("/no-such-page")
            #expect(hub.status == .notFound)
            #expect(hub.headers.contentType == .html)
            #expect(hub.body.string.contains("Page not found"))
            #expect(hub.headers.first(name: .cacheControl) == nil)

            let api = try await browser.get("/api/v1/no-such-resource")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType == .json)
            let error = try #require(try JSONSerialization.jsonObject(with: Data(api.body.readableBytesView)) as? [String: Any])
            #expect(error["error"] as? Bool == true)
            #expect(error["reason"] is String)

            let xml = try await browser.get("/open311/v2/no-such-resource.xml")
            #expect(xml.status == .notFound)
            #expect(xml.headers.first(name: .contentType) == "text/xml; charset=utf-8")
            #expect(xml.body.string.contains("<errors><error><code>404</code><description>"))
            let json = try await browser.get("/open311/v2/no-such-resource.json")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: Any]])
            #expect(list.first?["code"] as? Int == 404)
        }
    }

    @Test("A program is answered 401 in JSON, and a signed-out browser is sent to sign in")
    func signedOutByAudience() async throws {
        try await withGuildhall { app, _ in
            let browser = Browser(app)
            let api = try await browser.get("/api/v1/me")
            #expect(api.status == .unauthorized)
            #expect(api.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(api.headers.contentType == .json)
            let staff = try await browser.get("/staff/catalogue")
            #expect(staff.status == .seeOther)
            #expect(staff.location?.hasPrefix("/staff/sign-in") == true)
        }
    }

    @Test("Each audience's middleware writes the same format wherever its routes are mounted, so none of it reads the path")
    func formatDoesNotDependOnThePath() async throws {
        try await withGuildhall { app, _ in
            for audience in Audience.allCases {
                app.grouped(audience.middleware(app)).get("mounted-elsewhere", "\(audience)") { _ -> Response in
                    throw Abort(.notFound)
                }
            }
            let browser = Browser(app)
            let types = try await Dictionary(uniqueKeysWithValues: Audience.allCases.asyncMap { audience in
                (audience, try await browser.get("/mounted-elsewhere/\(audience)").headers.first(name: .contentType) ?? "")
            })
            #expect(types[.operations] == "text/plain; charset=utf-8")
            #expect(types[.hub] == "text/html; charset=utf-8")
            #expect(types[.staff] == "text/html; charset=utf-8")
            #expect(types[.api] == "application/json; charset=utf-8")
            #expect(types[.open311] == "text/xml; charset=utf-8")
        }
    }

    @Test("A form posted to the Hub or the staff pages without a CSRF token is refused, and the API needs none")
    func csrfByAudience() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let browser = Browser(app)
            #expect(try await browser.post("/staff/sign-in", [("email", "x@example.com"), ("password", "x")], csrf: .none).status == .forbidden)
            let program = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let created = try await program.send(.POST, "/api/v1/organisations/wyvern-vale/statements", json: #"{"year": 2003, "proForma": "ieg3"}"#)
            #expect(created.status == .created)
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
