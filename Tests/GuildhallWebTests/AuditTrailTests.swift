import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import SQLKit
import Testing
import Vapor

@Suite("Audit trail")
struct AuditTrailTests {
    @Test("Every change made through the admin pages is recorded with who, before and after")
    func changesThroughPagesAreRecorded() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            let admin = try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")

            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/divisions/new", [("name", "Housing")]).status == .seeOther)
            let division = try #require(try await Division.query(on: app.db).first())
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/divisions/\(division.id!)", [("name", "Housing and Homelessness")]).status == .seeOther)
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/organisations/wyvern-vale", [("name", "Wyvern Vale Borough Council"), ("slug", "wyvern-vale"), ("tier", "district")]).status == .seeOther)
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/users/new", [
                ("name", "Pat Jones"), ("email", "pat@wyvern.example"), ("roles[]", "front-office"), ("password", "a long enough password"),
            ]).status == .seeOther)
            let pat = try #require(try await StaffRegister.find(email: "pat@wyvern.example", on: app.db))
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/users/\(pat.id!)", [
                ("name", "Pat Jones"), ("email", "pat@wyvern.example"), ("roles[]", "front-office"), ("roles[]", "back-office"),
                ("division", division.id!.uuidString), ("active", "yes"),
            ]).status == .seeOther)
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/tokens/new", [("name", "Open311 bridge"), ("user", pat.id!.uuidString)]).status == .created)
            let token = try #require(try await APIToken.query(on: app.db).first())
            clock.advance(minutes: 1)
            #expect(try await browser.post("/staff/admin/tokens/\(token.id!)/revoke").status == .seeOther)

            let entries = try await AuditEntry.query(on: app.db).filter(\.$actorID == admin.id).sort(\.$occurredAt).all()
            #expect(entries.allSatisfy { $0.organisationID == council.id && $0.actorName == "admin <admin@wyvern.example>" })
            try #require(entries.map { "\($0.action) \($0.entity)" } == [
                "created division", "updated division", "updated organisation", "created user", "updated user", "created api-token", "revoked api-token",
            ])
            let rename = entries[1]
            #expect(AuditRegister.decode(rename.before)["name"] == "Housing")
            #expect(AuditRegister.decode(rename.after)["name"] == "Housing and Homelessness")
            let roles = entries[4]
            #expect(AuditRegister.decode(roles.before)["roles"] == "front-office")
            #expect(AuditRegister.decode(roles.after)["roles"] == "back-office front-office")
            #expect(entries.allSatisfy { !($0.after ?? "").contains("$2b$") }, "password hashes never reach the trail")
        }
    }

    @Test("Auditors browse the trail filtered by date, person and record, and download it as CSV")
    func browsingAndDownloading() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            let admin = try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            try await Fixtures.user(app, "auditor@wyvern.example", roles: [.auditor], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            try await browser.post("/staff/admin/divisions/new", [("name", "Housing")])
            clock.advance(minutes: 3 * 24 * 60)
            try await browser.signIn("admin@wyvern.example")
            try await browser.post("/staff/admin/divisions/new", [("name", "Planning")])

            let auditor = Browser(app)
            try await auditor.signIn("auditor@wyvern.example")
            let everything = try await auditor.get("/staff/audit?entity=division").body.string
            #expect(everything.contains("Housing") && everything.contains("Planning"))

            let firstDay = try await auditor.get("/staff/audit?entity=division&from=2003-11-04&to=2003-11-04").body.string
            #expect(firstDay.contains("Housing"))
            #expect(!firstDay.contains("Planning"))

            let byAdmin = try await auditor.get("/staff/audit?person=\(admin.id!)").body.string
            #expect(byAdmin.contains("Housing"))
            #expect(!byAdmin.contains("Demo seed") && !byAdmin.contains("Command line"))

            let csv = try await auditor.get("/staff/audit.csv?entity=division&from=2003-11-07")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.body.string.split(separator: "\r\n")
            #expect(lines.first == "occurred_at,actor,actor_id,action,entity,entity_id,before,after")
            try #require(lines.count == 2)
            #expect(lines[1].contains("Planning"))

            let bad = try await auditor.get("/staff/audit?from=2003-02-30")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("From must be a real date"))
        }
    }

    @Test("The database refuses to change or delete an audit entry")
    func entriesArePermanent() async throws {
        try await withGuildhall { app, _ in
            try await Fixtures.organisation(app)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET actor_name = 'Someone else'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_entries").run()
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$actorName == "Command line").count() == 1)
        }
    }
}
