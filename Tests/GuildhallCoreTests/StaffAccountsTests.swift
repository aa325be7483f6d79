import FluentKit
import Foundation
@testable import GuildhallCore
import SQLKit
import Testing

@Suite("Organisations, divisions and staff")
struct StaffAccountsTests {
    let now = Date(timeIntervalSince1970: 1_067_904_000)

    @Test("Organisations need a unique short name, a name and a known tier")
    func organisationRules() async throws {
        try await withDatabase { db in
            _ = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
            await #expect(throws: FieldErrors.self) {
                _ = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Another", tier: "district"), by: .commandLine, at: now, on: db)
            }
            do {
                _ = try await OrganisationRegister.add(OrganisationDraft(slug: "Bad Slug", name: "", tier: "parish", gssCode: "123"), by: .commandLine, at: now, on: db)
                Issue.record("bad organisation was accepted")
            } catch let errors as FieldErrors {
                #expect(errors.problems.map(\.field) == ["name", "slug", "tier", "gssCode"])
            }
            #expect(try await Organisation.query(on: db).count() == 1)
        }
    }

    @Test("Adding a user with several roles records one audit entry, without the password hash")
    func addingStaff() async throws {
        try await withDatabase { db in
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
            let user = try await StaffRegister.add(
                StaffDraft(email: " Pat@Example.GOV.uk ", name: "Pat", roles: ["auditor", "admin"]), password: "long enough password",
                to: council.requireID(), hashPassword: testHash, by: .commandLine, at: now, on: db)
            #expect(user.email == "pat@example.gov.uk")
            let found = try #require(try await StaffRegister.find(email: "PAT@example.gov.uk", on: db))
            #expect(found.roles == [.admin, .auditor])
            let entry = try #require(try await AuditEntry.query(on: db).filter(\.$entity == "user").first())
            #expect(AuditRegister.decode(entry.after)["roles"] == "admin auditor")
            #expect(!(entry.after ?? "").contains("hashed:"))
        }
    }

    @Test("The audit trail names a member of staff's division, before and after a move")
    func divisionNamedInAudit() async throws {
        try await withDatabase { db in
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
            let housing = try await DivisionRegister.add(named: "Housing", to: council.requireID(), by: .commandLine, at: now, on: db)
            let planning = try await DivisionRegister.add(named: "Planning", to: council.requireID(), by: .commandLine, at: now, on: db)
            let user = try await StaffRegister.add(
                StaffDraft(email: "pat@example.gov.uk", name: "Pat", roles: ["service-owner"], divisionID: housing.id), password: "long enough password",
                to: council.requireID(), hashPassword: testHash, by: .commandLine, at: now, on: db)
            let found = try #require(try await StaffRegister.find(user.requireID(), in: council.requireID(), on: db))
            try await StaffRegister.update(found, with: StaffDraft(email: "pat@example.gov.uk", name: "Pat", roles: ["service-owner"], divisionID: planning.id),
                                           by: .commandLine, at: now, on: db)
            let entries = try await AuditEntry.query(on: db).filter(\.$entity == "user").all()
            let created = try #require(entries.first(where: { $0.action == AuditAction.created.rawValue }))
            let moved = try #require(entries.first(where: { $0.action == AuditAction.updated.rawValue }))
            #expect(AuditRegister.decode(created.after)["division"] == "Housing")
            #expect(AuditRegister.decode(moved.before)["division"] == "Housing")
            #expect(AuditRegister.decode(moved.after)["division"] == "Planning")
        }
    }

    @Test("A division of another organisation is never found")
    func divisionsAreScoped() async throws {
        try await withDatabase { db in
            let a = try await OrganisationRegister.add(OrganisationDraft(slug: "a", name: "A", tier: "district"), by: .commandLine, at: now, on: db)
            let b = try await OrganisationRegister.add(OrganisationDraft(slug: "b", name: "B", tier: "county"), by: .commandLine, at: now, on: db)
            let housing = try await DivisionRegister.add(named: "Housing", to: a.requireID(), by: .commandLine, at: now, on: db)
            #expect(try await DivisionRegister.find(housing.requireID(), in: b.requireID(), on: db) == nil)
            #expect(try await DivisionRegister.find(housing.requireID(), in: a.requireID(), on: db)?.name == "Housing")
            // The same name may be used by two organisations.
            _ = try await DivisionRegister.add(named: "Housing", to: b.requireID(), by: .commandLine, at: now, on: db)
        }
    }

    @Test("The database refuses to change or delete an audit entry")
    func auditEntriesArePermanent() async throws {
        try await withDatabase { db in
            _ = try await OrganisationRegister.add(OrganisationDraft(slug: "a", name: "A", tier: "district"), by: .commandLine, at: now, on: db)
            let entry = try #require(try await AuditEntry.query(on: db).first())
            entry.actorName = "Someone else"
            await #expect(throws: (any Error).self) { try await entry.save(on: db) }
            await #expect(throws: (any Error).self) { try await entry.delete(on: db) }
            #expect(try await AuditEntry.query(on: db).first()?.actorName == "Command line")
        }
    }

    @Test("The demo council seeds once, with one account per role")
    func demoSeed() async throws {
        try await withDatabase { db in
            #expect(try await DemoCouncil.seedIfEmpty(password: "demo password", hashPassword: testHash, at: now, on: db, render: { _, sha256 in sha256 }))
            #expect(try await !DemoCouncil.seedIfEmpty(password: "demo password", hashPassword: testHash, at: now, on: db, render: { _, sha256 in sha256 }))
            let roles = try await RoleGrant.query(on: db).all().map(\.role)
            #expect(Set(roles) == Set(Role.allCases))
            let council = try #require(try await OrganisationRegister.find(slug: DemoCouncil.slug, on: db))
            #expect(try await Division.query(on: db).filter(\.$organisation.$id == council.requireID()).count() == DemoCouncil.divisions.count)
        }
    }
}
