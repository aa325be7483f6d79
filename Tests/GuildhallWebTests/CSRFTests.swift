import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Cross-site request forgery")
struct CSRFTests {
    @Test("A form posted without a valid token is refused with 403 and changes nothing", arguments: [
        Browser.CSRFChoice.none, .value("forged"), .value(""),
    ])
    func postsWithoutAValidTokenAreRefused(csrf: Browser.CSRFChoice) async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            let auditEntries = try await AuditEntry.query(on: app.db).count()

            let response = try await browser.post("/staff/admin/divisions/new", [("name", "Forged Division")], csrf: csrf)

            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("This form has expired"))
            #expect(try await Division.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == auditEntries)
        }
    }

    @Test("Another session's token is refused")
    func anotherSessionsTokenIsRefused() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let attacker = Browser(app)
            let theirToken = try await attacker.token()
            let victim = Browser(app)
            try await victim.signIn("admin@wyvern.example")

            let response = try await victim.post("/staff/admin/divisions/new", [("name", "Forged Division")], csrf: .value(theirToken))

            #expect(response.status == .forbidden)
            #expect(try await Division.query(on: app.db).count() == 0)
        }
    }

    @Test("Signing in needs the sign-in page's token")
    func signInNeedsAToken() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            let response = try await browser.post("/staff/sign-in", [("email", "admin@wyvern.example"), ("password", TestPassword.value)], csrf: .none)
            #expect(response.status == .forbidden)
            #expect(try await browser.get("/staff").status == .seeOther)
        }
    }

    @Test("A token from before signing in is no good afterwards")
    func signingInRenewsTheToken() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            let before = try await browser.token()
            try await browser.signIn("admin@wyvern.example")
            #expect(try await browser.post("/staff/admin/divisions/new", [("name", "Housing")], csrf: .value(before)).status == .forbidden)
            #expect(try await browser.post("/staff/admin/divisions/new", [("name", "Housing")]).status == .seeOther)
        }
    }
}
