import FluentKit
import Foundation

/// A decision body's decision on the statement, with its minute reference.
public final class Decision: Model, @unchecked Sendable {
    public static let schema = "decisions"

    public enum Outcome: String, Codable, Sendable, CaseIterable {
        case approved
        case approvedWithAmendments = "approved-with-amendments"
        case deferred, rejected
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "statement_id") public var statement: Statement
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "body_id") public var body: GoverningBody
    @Field(key: "decided_on") public var decidedOn: CalendarDay
    @Enum(key: "outcome") public var outcome: Outcome
    @Field(key: "minute") public var minute: String
    /// The officer given authority to make the amendments, when approved with amendments.
    @OptionalField(key: "delegated_to") public var delegatedTo: String?
    /// When it was recorded, which orders two decisions taken on the same day.
    @OptionalField(key: "recorded_at") public var recordedAt: Date?

    public init() {}

    public init(statement: Statement, bodyID: UUID, decidedOn: CalendarDay, outcome: Outcome, minute: String, delegatedTo: String?, at time: Date) throws {
        self.$statement.id = try statement.requireID()
        self.$organisation.id = statement.$organisation.id
        self.$body.id = bodyID
        self.decidedOn = decidedOn
        self.outcome = outcome
        self.minute = minute
        self.delegatedTo = delegatedTo
        self.recordedAt = time
    }
}

extension Decision: Auditable {
    public static let auditEntity = "decision"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["statement": $statement.id.uuidString, "body": $body.id.uuidString, "decidedOn": decidedOn.description,
         "outcome": outcome.rawValue, "minute": minute, "delegatedTo": delegatedTo ?? ""]
    }
}
