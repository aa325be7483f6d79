import FluentKit
import Foundation

/// A fictional district council with its partners and one account per role, so that someone
/// trying Guildhall can sign in and see every part of it.
public enum DemoCouncil {
    public static let slug = "wyvern-vale"
    public static let name = "Wyvern Vale District Council"
    public static let divisions = [
        "Customer Services", "Corporate Services", "Environmental Services", "Highways", "Housing",
        "Leisure and Culture", "Planning and Building Control", "Revenues and Benefits",
    ]

    public struct Account: Sendable {
        public var email: String
        public var name: String
        public var role: Role
        public var division: String?
        public var organisation: String
    }

    public static let accounts: [Account] = [
        Account(email: "admin@wyvernvale.example", name: "Morgan Ellis", role: .admin, division: "Corporate Services", organisation: slug),
        Account(email: "programme-manager@wyvernvale.example", name: "Chris Hale", role: .programmeManager, division: "Customer Services", organisation: slug),
        Account(email: "service-owner@wyvernvale.example", name: "Sam Okafor", role: .serviceOwner, division: "Environmental Services", organisation: slug),
        Account(email: "front-office@wyvernvale.example", name: "Jo Baker", role: .frontOffice, division: "Customer Services", organisation: slug),
        Account(email: "back-office@wyvernvale.example", name: "Kim Lawson", role: .backOffice, division: "Environmental Services", organisation: slug),
        Account(email: "committee-member@wyvernvale.example", name: "Cllr Helen Marsh", role: .committeeMember, division: nil, organisation: slug),
        Account(email: "auditor@wyvernvale.example", name: "Dana Fox", role: .auditor, division: nil, organisation: slug),
        Account(email: "central-reviewer@odpm.example", name: "Terry Wood", role: .centralReviewer, division: nil, organisation: "odpm"),
    ]

    /// Seeds the demo into an empty database, every account with `password`; `render` draws the
    /// neighbouring councils' submitted documents. Returns false, touching nothing, when the
    /// database already holds an organisation.
    @discardableResult
    public static func seedIfEmpty(
        password: String, hashPassword: (String) throws -> String, at now: Date, on db: any Database, render: @escaping SubmissionRegister.Renderer
    ) async throws -> Bool {
        guard try await Organisation.query(on: db).count() == 0 else { return false }
        // One hash serves every account: bcrypt is slow on purpose, and they share the password.
        let hash = try hashPassword(password)
        let actor = Actor.demoSeed
        try await db.transaction { db in
            let drafts = [
                OrganisationDraft(slug: slug, name: name, tier: Tier.district.rawValue, phone: "01632 960 000", website: "https://www.wyvernvale.example"),
                OrganisationDraft(slug: "wyvern-vale-pct", name: "Wyvern Vale Primary Care Trust", tier: Tier.partner.rawValue,
                                  phone: "01632 960 400", website: "https://www.wyvernvalepct.example"),
                OrganisationDraft(slug: "wyvern-vale-cvs", name: "Wyvern Vale Council for Voluntary Service", tier: Tier.partner.rawValue,
                                  phone: "01632 960 700", website: "https://www.wyvernvalecvs.example"),
                OrganisationDraft(slug: "odpm", name: "Office of the Deputy Prime Minister", tier: Tier.central.rawValue),
            ]
            var organisations: [String: UUID] = [:]
            for draft in drafts {
                organisations[draft.slug] = try await OrganisationRegister.add(draft, by: actor, at: now, on: db).requireID()
            }
            var divisionIDs: [String: UUID] = [:]
            for name in divisions {
                divisionIDs[name] = try await DivisionRegister.add(named: name, to: organisations[slug]!, by: actor, at: now, on: db).requireID()
            }
            for account in accounts {
                let draft = StaffDraft(
                    email: account.email, name: account.name, roles: [account.role.rawValue],
                    divisionID: account.division.flatMap { divisionIDs[$0] })
                _ = try await StaffRegister.add(
                    draft, password: password, to: organisations[account.organisation]!, hashPassword: { _ in hash },
                    by: actor, at: now, on: db)
            }
            let council = try await Organisation.find(organisations[slug], on: db)!
            try await DemoCatalogue.seed(council, at: now, on: db)
            try await DemoStatement.seed(council, at: now, on: db)
            let frontOffice = try await User.query(on: db).filter(\.$email == "front-office@wyvernvale.example").first()!
            try await DemoFrontOffice.seed(council, frontOffice: frontOffice, at: now, on: db)
            try await HomeCouncil.choose(council, by: actor, at: now, on: db)
            try await DemoHub.seed(at: now, on: db)
            try await DemoNational.seed(at: now, on: db, render: render)
        }
        return true
    }
}
