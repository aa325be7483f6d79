import FluentKit
import Foundation

/// A committee or group of an organisation: a consultative body that comments on drafts, or a
/// decision body in the chain that approves the statement (Cabinet, then full Council).
public final class GoverningBody: Model, @unchecked Sendable {
    public static let schema = "governing_bodies"

    public enum Kind: String, Codable, Sendable { case consultative, decision }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Enum(key: "kind") public var kind: Kind
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    /// Order in the decision chain, or in lists.
    @Field(key: "position") public var position: Int

    public init() {}

    public init(organisationID: UUID, kind: Kind, slug: String, name: String, position: Int) {
        self.$organisation.id = organisationID
        self.kind = kind
        self.slug = slug
        self.name = name
        self.position = position
    }

    public static let defaults: [(Kind, String, String)] = [
        (.consultative, "programme-board", "Programme board"),
        (.consultative, "advisory-group", "E-government advisory group"),
        (.consultative, "management-team", "Management team"),
        (.consultative, "scrutiny-panel", "Scrutiny panel"),
        (.decision, "cabinet", "Cabinet"),
        (.decision, "full-council", "Full Council"),
    ]
}

extension GoverningBody: Auditable {
    public static let auditEntity = "governing-body"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["kind": kind.rawValue, "slug": slug, "name": name, "position": String(position)]
    }
}
