import FluentKit
import Foundation

/// One step of a case's history: who, when, what changed from what to what, and what was said
/// to the resident (public) or among staff (internal).
public final class CaseStep: Model, @unchecked Sendable {
    public static let schema = "case_steps"

    public struct Change: Codable, Equatable, Sendable {
        public var field: String
        public var before: String?
        public var after: String?

        public init(field: String, before: String?, after: String?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var `case`: Case
    @Field(key: "organisation_id") public var organisationID: UUID
    /// The step's place in the case's history, from 0: steps in the same second keep their order.
    @Field(key: "position") public var position: Int
    @Field(key: "occurred_at") public var occurredAt: Date
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    /// `Change`s as JSON.
    @Field(key: "changes") public var changeList: String
    @OptionalField(key: "public_note") public var publicNote: String?
    @OptionalField(key: "internal_note") public var internalNote: String?
    /// See `CaseUpdate.clientUpdateID`.
    @OptionalField(key: "client_update_id") public var clientUpdateID: String?

    public init() {}

    init(of caseID: UUID, position: Int, organisationID: UUID, by actor: Actor, at time: Date, changes: [Change], publicNote: String?, internalNote: String?) throws {
        self.$case.id = caseID
        self.position = position
        self.organisationID = organisationID
        self.occurredAt = time
        self.actorID = actor.id
        self.actorName = actor.name
        self.changeList = String(decoding: try JSONEncoder().encode(changes), as: UTF8.self)
        self.publicNote = publicNote
        self.internalNote = internalNote
    }

    public var changes: [Change] {
        (try? JSONDecoder().decode([Change].self, from: Data(changeList.utf8))) ?? []
    }
}
