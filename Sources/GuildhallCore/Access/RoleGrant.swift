import FluentKit
import Foundation

/// One role held by one user.
public final class RoleGrant: Model, @unchecked Sendable {
    public static let schema = "role_grants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Enum(key: "role") public var role: Role

    public init() {}

    public init(userID: UUID, role: Role) {
        self.$user.id = userID
        self.role = role
    }
}
