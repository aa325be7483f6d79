import FluentKit
import Foundation

/// A council, a partner of the local strategic partnership, or the central department that
/// receives statements.
public final class Organisation: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Enum(key: "tier") public var tier: Tier
    @OptionalField(key: "gss_code") public var gssCode: String?
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "website") public var website: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$organisation) public var divisions: [Division]

    public init() {}

    public init(id: UUID? = nil, slug: String, name: String, tier: Tier, gssCode: String? = nil) {
        self.id = id
        self.slug = slug
        self.name = name
        self.tier = tier
        self.gssCode = gssCode
    }
}

extension Organisation: Auditable {
    public static let auditEntity = "organisation"
    public var auditOrganisationID: UUID? { id }
    public var auditFields: [String: String] {
        ["slug": slug, "name": name, "tier": tier.rawValue, "gssCode": gssCode ?? "", "phone": phone ?? "", "website": website ?? ""]
    }
}
