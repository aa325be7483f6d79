import FluentKit
import Foundation

/// What someone enters to add or change an organisation.
public struct OrganisationDraft: Sendable {
    public var slug: String
    public var name: String
    public var tier: String
    public var gssCode: String
    /// The number residents call, shown on the Hub.
    public var phone: String
    /// The organisation's own web site, shown in the Hub's partner directory.
    public var website: String

    public init(slug: String, name: String, tier: String, gssCode: String = "", phone: String = "", website: String = "") {
        self.slug = slug.trimmingCharacters(in: .whitespaces)
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.tier = tier.trimmingCharacters(in: .whitespaces)
        self.gssCode = gssCode.trimmingCharacters(in: .whitespaces).uppercased()
        self.phone = phone.trimmingCharacters(in: .whitespaces)
        self.website = website.trimmingCharacters(in: .whitespaces)
    }

    public init(_ organisation: Organisation) {
        self.init(slug: organisation.slug, name: organisation.name, tier: organisation.tier.rawValue, gssCode: organisation.gssCode ?? "",
                  phone: organisation.phone ?? "", website: organisation.website ?? "")
    }
}

extension OrganisationDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case slug, name, tier, gssCode, phone, website
    }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(slug: try form.text(.slug), name: try form.text(.name), tier: try form.text(.tier), gssCode: try form.text(.gssCode),
                  phone: try form.text(.phone), website: try form.text(.website))
    }
}

/// Adding and changing organisations, with the rules both the command line and the pages obey.
public enum OrganisationRegister {
    public static func add(_ draft: OrganisationDraft, by actor: Actor, at now: Date, on db: any Database) async throws -> Organisation {
        let tier = try await validate(draft, existing: nil, on: db)
        let organisation = Organisation(slug: draft.slug, name: draft.name, tier: tier, gssCode: draft.gssCode.isEmpty ? nil : draft.gssCode)
        organisation.phone = draft.phone.nilIfEmpty
        organisation.website = draft.website.nilIfEmpty
        try await db.transaction { db in
            try await organisation.createAudited(by: actor, at: now, on: db)
        }
        return organisation
    }

    public static func update(_ organisation: Organisation, with draft: OrganisationDraft, by actor: Actor, at now: Date, on db: any Database) async throws {
        let tier = try await validate(draft, existing: organisation, on: db)
        try await db.transaction { db in
            try await organisation.updateAudited(by: actor, at: now, on: db) {
                $0.slug = draft.slug
                $0.name = draft.name
                $0.tier = tier
                $0.gssCode = draft.gssCode.isEmpty ? nil : draft.gssCode
                $0.phone = draft.phone.nilIfEmpty
                $0.website = draft.website.nilIfEmpty
            }
        }
    }

    /// Partner organisations of local strategic partnerships, which may contribute statement sections.
    public static func partners(on db: any Database) async throws -> [Organisation] {
        try await Organisation.query(on: db).filter(\.$tier == .partner).sort(\.$name).all()
    }

    public static func find(slug: String, on db: any Database) async throws -> Organisation? {
        try await Organisation.query(on: db).filter(\.$slug == slug).first()
    }

    private static func validate(_ draft: OrganisationDraft, existing: Organisation?, on db: any Database) async throws -> Tier {
        var errors = FieldErrors()
        if draft.name.isEmpty {
            errors.add(field: "name", "Enter the organisation’s name")
        } else if draft.name.count > 200 {
            errors.add(field: "name", "Name must be 200 characters or fewer")
        }
        if draft.slug.isEmpty {
            errors.add(field: "slug", "Enter a short name for web addresses, like wyvern-vale")
        } else if !Slug.isValid(draft.slug) {
            errors.add(field: "slug", "Short name must use only lower-case letters, numbers and hyphens, like wyvern-vale")
        } else if let other = try await find(slug: draft.slug, on: db), other.id != existing?.id {
            errors.add(field: "slug", "Another organisation already uses the short name \(draft.slug)")
        }
        let tier = Tier(rawValue: draft.tier)
        if tier == nil {
            errors.add(field: "tier", "Select the kind of organisation: " + Tier.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if !draft.gssCode.isEmpty, draft.gssCode.range(of: #"^[EWSN][0-9]{8}$"#, options: .regularExpression) == nil {
            errors.add(field: "gssCode", "GSS code must be a letter E, W, S or N followed by 8 digits, like E07000011")
        }
        if !draft.phone.isEmpty, (ResidentKeys.phone(draft.phone)?.count ?? 0) < 6 || draft.phone.contains(where: \.isLetter) || draft.phone.count > 30 {
            errors.add(field: "phone", "Enter a phone number, like 01632 960 000")
        }
        if !draft.website.isEmpty, !(draft.website.hasPrefix("https://") || draft.website.hasPrefix("http://")) || URL(string: draft.website)?.host == nil
            || draft.website.count > 500 {
            errors.add(field: "website", "Enter the web site’s address, starting https://")
        }
        try errors.check()
        return tier!
    }
}
