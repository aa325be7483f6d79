import FluentKit
import Foundation

/// An uploaded catalogue file waiting for the programme manager to confirm it. Kept in the
/// database, not in memory, so the confirmation can reach any application node.
public final class PendingImport: Model, @unchecked Sendable {
    public static let schema = "pending_imports"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "user_id") public var user: User
    @Field(key: "filename") public var filename: String
    @Field(key: "contents") public var contents: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(organisationID: UUID, userID: UUID, filename: String, contents: String, createdAt: Date) {
        self.$organisation.id = organisationID
        self.$user.id = userID
        self.filename = filename
        self.contents = contents
        self.createdAt = createdAt
    }
}
