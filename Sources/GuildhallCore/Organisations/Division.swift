import FluentKit
import Foundation

/// A department of an organisation that owns services and does back-office work.
public final class Division: Model, @unchecked Sendable {
    public static let schema = "divisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, name: String, slug: String? = nil) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.slug = slug ?? Slug.make(from: name)
    }
}

extension Division: Auditable {
    public static let auditEntity = "division"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] { ["slug": slug, "name": name] }
}
