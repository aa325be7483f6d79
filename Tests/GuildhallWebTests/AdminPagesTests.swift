import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Administration pages")
struct AdminPagesTests {
    @Test("Bad input is shown next to each field and nothing is saved")
    func badInputIsExplained() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            let response = try await browser.post("/staff/admin/users/new", [
                ("name", ""), ("email", "not-an-address"), ("password", "short"), ("roles[]", "emperor"),
            ])
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("<title>Error: "))
            #expect(html.contains("Enter the person’s full name"))
            #expect(html.contains("Enter an email address in the correct format"))
            #expect(html.contains("Unknown role emperor"))
            #expect(html.contains("Password must be 10 characters or more"))
            #expect(html.contains(#"value="not-an-address""#), "what was typed is kept")
            #expect(try await User.query(on: app.db).count() == 1)

            try await browser.post("/staff/admin/divisions/new", [("name", "Housing")])
            let duplicate = try await browser.post("/staff/admin/divisions/new", [("name", "housing")])
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("There is already a division called Housing"))
            #expect(try await Division.query(on: app.db).count() == 1)
        }
    }

    @Test("Text people type is escaped wherever it is shown")
    func outputIsEscaped() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            let hostile = #"Parks "><script>alert(1)</script> & Gardens"#
            try await browser.post("/staff/admin/divisions/new", [("name", hostile)])
            let division = try #require(try await Division.query(on: app.db).first())

            let list = try await browser.get("/staff/admin/divisions").body.string
            #expect(!list.contains("<script>alert(1)</script>"))
            #expect(list.contains("Parks &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; Gardens"))
            let form = try await browser.get("/staff/admin/divisions/\(division.id!)").body.string
            #expect(form.contains(#"value="Parks &quot;&gt;&lt;script&gt;"#))
        }
    }

    @Test("A token is shown once, works as a bearer token, and stops working when revoked")
    func apiTokens() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let admin = try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            let created = try await browser.post("/staff/admin/tokens/new", [("name", "Reporting"), ("user", admin.id!.uuidString)])
            let html = created.body.string
            let range = try #require(html.range(of: #"gh_[A-Za-z0-9_-]{43}"#, options: .regularExpression))
            let secret = String(html[range])
            let stored = try #require(try await APIToken.query(on: app.db).first())
            #expect(stored.tokenHash != secret && stored.tokenHash.count == 64)
            #expect(!(try await browser.get("/staff/admin/tokens").body.string.contains(secret)))

            let api = Browser(app)
            api.headers.bearerAuthorization = .init(token: secret)
            let me = try await api.get("/api/v1/me")
            #expect(me.status == .ok)
            #expect(me.body.string.contains(#""email":"admin@wyvern.example""#))

            try await browser.post("/staff/admin/tokens/\(stored.id!)/revoke")
            #expect(try await api.get("/api/v1/me").status == .unauthorized)
        }
    }

    @Test("Closing an account stops it signing in, and an admin can set a new password")
    func closingAndResettingAccounts() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let pat = try await Fixtures.user(app, "pat@wyvern.example", roles: [.frontOffice], in: council)
            let admin = Browser(app)
            try await admin.signIn("admin@wyvern.example")

            try await admin.post("/staff/admin/users/\(pat.id!)/password", [("password", "a brand new password")])
            #expect(try await Browser(app).signIn("pat@wyvern.example", password: "a brand new password").status == .seeOther)

            try await admin.post("/staff/admin/users/\(pat.id!)", [("name", "pat"), ("email", "pat@wyvern.example"), ("roles[]", "front-office"), ("active", "no")])
            #expect(try await Browser(app).signIn("pat@wyvern.example", password: "a brand new password").status == .unprocessableEntity)
        }
    }

    @Test("Long lists are split into pages")
    func staffListIsPaginated() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            for number in 1...30 {
                try await Fixtures.user(app, String(format: "person%02d@wyvern.example", number), roles: [.frontOffice], in: council)
            }
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            let first = try await browser.get("/staff/admin/users").body.string
            #expect(first.contains("person01@wyvern.example"))
            #expect(!first.contains("person30@wyvern.example"))
            #expect(first.contains(#"href="/staff/admin/users?page=2""#))
            let second = try await browser.get("/staff/admin/users?page=2").body.string
            #expect(second.contains("person30@wyvern.example"))
            #expect(!second.contains("person01@wyvern.example"))
        }
    }
}
