import FluentKit
import Foundation

/// A service the council provides, owned by one division. Its interactions are what BVPI 157 counts.
public final class Service: Model, @unchecked Sendable {
    public static let schema = "services"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "division_id") public var division: Division
    @Field(key: "name") public var name: String
    @Field(key: "slug") public var slug: String
    @OptionalField(key: "lgsl") public var lgsl: Int?
    @Field(key: "description") public var description: String
    @Field(key: "is_public") public var isPublic: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$service) public var interactions: [Interaction]

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, divisionID: UUID, name: String, lgsl: Int? = nil, description: String = "", isPublic: Bool = true) {
        self.id = id
        self.$organisation.id = organisationID
        self.$division.id = divisionID
        self.name = name
        self.slug = Slug.make(from: name)
        self.lgsl = lgsl
        self.description = description
        self.isPublic = isPublic
    }
}

extension Service: Auditable {
    public static let auditEntity = "service"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "name": name, "slug": slug, "lgsl": lgsl.map(String.init) ?? "", "description": description,
            "division": $division.id.uuidString, "public": isPublic ? "yes" : "no",
        ]
    }
}
