import FluentKit
import Foundation

/// The key an Open311 client application (such as FixMyStreet) sends with every request it
/// writes, issued by an administrator for one organisation. Only its SHA-256 is stored.
public final class Open311Key: Model, @unchecked Sendable {
    public static let schema = "open311_keys"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    /// The client application, as staff see it on the cases it sends.
    @Field(key: "name") public var name: String
    @Field(key: "key_hash") public var keyHash: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}

    public var isRevoked: Bool { revokedAt != nil }
}

extension Open311Key: Auditable {
    public static let auditEntity = "open311-key"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["name": name, "revoked": revokedAt == nil ? "no" : "yes"]
    }
}
