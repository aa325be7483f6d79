import FluentKit
import Foundation

/// A consultation round: a frozen draft of the statement shared with one body for a meeting.
public final class Consultation: Model, @unchecked Sendable {
    public static let schema = "consultations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "statement_id") public var statement: Statement
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "body_id") public var body: GoverningBody
    @Field(key: "meeting_on") public var meetingOn: CalendarDay
    /// Each section's revision number when the draft was shared, as JSON `{"key": revision}`.
    @Field(key: "revisions") public var revisions: String
    @Field(key: "created_at") public var createdAt: Date
    @Children(for: \.$consultation) public var comments: [Comment]

    public init() {}

    public init(statement: Statement, bodyID: UUID, meetingOn: CalendarDay, revisions: [String: Int], at time: Date) throws {
        self.$statement.id = try statement.requireID()
        self.$organisation.id = statement.$organisation.id
        self.$body.id = bodyID
        self.meetingOn = meetingOn
        self.revisions = String(decoding: try JSONEncoder().encode(revisions), as: UTF8.self)
        self.createdAt = time
    }

    public var frozenRevisions: [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(revisions.utf8))) ?? [:]
    }
}

extension Consultation: Auditable {
    public static let auditEntity = "consultation"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["statement": $statement.id.uuidString, "body": $body.id.uuidString, "meetingOn": meetingOn.description, "revisions": revisions]
    }
}
