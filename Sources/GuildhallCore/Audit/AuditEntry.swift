import FluentKit
import Foundation

/// One recorded change. Entries are only ever inserted: the database refuses updates and deletes.
public final class AuditEntry: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "organisation_id") public var organisationID: UUID?
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "occurred_at") public var occurredAt: Date
    @Field(key: "action") public var action: String
    @Field(key: "entity") public var entity: String
    @Field(key: "entity_id") public var entityID: String
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?

    public init() {}

    public init(
        organisationID: UUID?, actor: Actor, occurredAt: Date, action: AuditAction,
        entity: String, entityID: String, before: String?, after: String?
    ) {
        self.organisationID = organisationID
        self.actorID = actor.id
        self.actorName = actor.name
        self.occurredAt = occurredAt
        self.action = action.rawValue
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
    }
}
