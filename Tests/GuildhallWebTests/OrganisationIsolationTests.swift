import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Organisation isolation")
struct OrganisationIsolationTests {
    @Test("Another organisation's records answer 404 and cannot be changed")
    func otherOrganisationsRecordsAreNotFound() async throws {
        try await withGuildhall { app, _ in
            let world = try await World.make(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin, .auditor], in: world.council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            let theirs = [
                "/staff/admin/organisations/\(world.other.slug)",
                "/staff/admin/divisions/\(world.otherDivision.id!)",
                "/staff/admin/users/\(world.otherUser.id!)",
                "/staff/admin/users/\(world.otherUser.id!)/password",
                "/staff/admin/tokens/\(world.otherToken.id!)/revoke",
                "/staff/admin/open311-keys/\(world.otherOpen311Key.id!)/revoke",
            ]
            for path in theirs {
                #expect(try await browser.get(path).status == .notFound, "GET \(path)")
                #expect(try await browser.post(path, [("name", "Taken over"), ("password", "a new password 123")]).status == .notFound, "POST \(path)")
            }

            let division = try await Division.find(world.otherDivision.id, on: app.db)
            #expect(division?.name == "Highways")
            let token = try await APIToken.find(world.otherToken.id, on: app.db)
            #expect(token?.revokedAt == nil)
            #expect(try await Open311Key.find(world.otherOpen311Key.id, on: app.db)?.isRevoked == false)
            let user = try await User.find(world.otherUser.id, on: app.db)
            #expect(try Bcrypt.verify(TestPassword.value, created: user!.passwordHash))
        }
    }

    @Test("Lists and the audit trail show only the signed-in user's organisation")
    func listsAreScopedToTheOrganisation() async throws {
        try await withGuildhall { app, _ in
            let world = try await World.make(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: world.council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            let divisions = try await browser.get("/staff/admin/divisions").body.string
            #expect(divisions.contains("Housing"))
            #expect(!divisions.contains("Highways"))
            let users = try await browser.get("/staff/admin/users").body.string
            #expect(!users.contains("someone@marlshire.example"))
            let tokens = try await browser.get("/staff/admin/tokens").body.string
            #expect(tokens.contains("Bridge"))
            #expect(!tokens.contains("Theirs"))
            let keys = try await browser.get("/staff/admin/open311-keys").body.string
            #expect(keys.contains("FixMyStreet"))
            #expect(!keys.contains("Their app"))
            let audit = try await browser.get("/staff/audit.csv").body.string
            #expect(audit.contains("Housing"))
            #expect(!audit.contains("Highways"))
            #expect(!audit.contains("someone@marlshire.example"))
        }
    }
}
