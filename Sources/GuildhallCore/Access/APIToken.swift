import FluentKit
import Foundation

/// A bearer token that lets a program act as a user. Only the SHA-256 of the token is stored.
public final class APIToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "user_id") public var user: User
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, userID: UUID, name: String, tokenHash: String) {
        self.id = id
        self.$organisation.id = organisationID
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
    }

    public var isRevoked: Bool { revokedAt != nil }
}

extension APIToken: Auditable {
    public static let auditEntity = "api-token"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["name": name, "user": $user.id.uuidString, "revoked": revokedAt == nil ? "no" : "yes"]
    }
}
