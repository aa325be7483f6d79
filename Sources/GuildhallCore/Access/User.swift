import FluentKit
import Foundation

/// A member of staff who signs in. Belongs to one organisation and optionally one division.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalParent(key: "division_id") public var division: Division?
    /// The INFO centre a member of the front office works at.
    @OptionalParent(key: "site_id") public var site: Site?
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "failed_sign_ins") public var failedSignIns: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @OptionalField(key: "last_signed_in_at") public var lastSignedInAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$user) public var roleGrants: [RoleGrant]

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, divisionID: UUID? = nil, email: String, name: String, passwordHash: String) {
        self.id = id
        self.$organisation.id = organisationID
        self.$division.id = divisionID
        self.email = User.normalise(email: email)
        self.name = name
        self.passwordHash = passwordHash
        self.isActive = true
        self.failedSignIns = 0
    }

    /// Roles, once `roleGrants` has been loaded.
    public var roles: Set<Role> { Set(roleGrants.map(\.role)) }

    public static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

extension User: Auditable {
    public static let auditEntity = "user"
    public var auditOrganisationID: UUID? { $organisation.id }
    /// The password hash is left out on purpose: the trail records that it changed, not what to.
    /// The division is named when it is loaded, as `StaffRegister` makes sure it is.
    public var auditFields: [String: String] {
        [
            "email": email, "name": name, "division": $division.value.flatMap { $0?.name } ?? $division.id?.uuidString ?? "",
            "site": $site.id?.uuidString ?? "", "active": isActive ? "yes" : "no",
            "roles": ($roleGrants.value.map { $0.map(\.role.rawValue).sorted().joined(separator: " ") }) ?? "",
        ]
    }
}

extension User {
    /// Whether too many wrong passwords have locked the account at `now`.
    public func isLocked(at now: Date) -> Bool {
        lockedUntil.map { $0 > now } ?? false
    }
}
