import FluentKit
import Foundation

/// One section of a statement: who it is assigned to, its current content and whether the
/// programme manager has marked it complete. Every saved version is kept as a revision.
public final class StatementSection: Model, @unchecked Sendable {
    public static let schema = "statement_sections"

    public enum Status: String, Codable, Sendable, CaseIterable {
        case notStarted = "not-started"
        case inProgress = "in-progress"
        case complete
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "statement_id") public var statement: Statement
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "key") public var key: String
    @OptionalParent(key: "division_id") public var division: Division?
    /// A partner organisation of the local strategic partnership that contributes the section.
    @OptionalParent(key: "partner_id") public var partner: Organisation?
    @OptionalParent(key: "owner_id") public var owner: User?
    @Enum(key: "status") public var status: Status
    @OptionalField(key: "content") public var content: String?
    @Field(key: "revision") public var revision: Int
    @Children(for: \.$section) public var revisions: [SectionRevision]

    public init() {}

    public init(of statement: Statement, key: String) throws {
        self.$statement.id = try statement.requireID()
        self.$organisation.id = statement.$organisation.id
        self.key = key
        self.status = .notStarted
        self.revision = 0
    }
}

extension StatementSection: Auditable {
    public static let auditEntity = "statement-section"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "key": key, "status": status.rawValue, "revision": String(revision),
            "division": $division.id?.uuidString ?? "", "partner": $partner.id?.uuidString ?? "", "owner": $owner.id?.uuidString ?? "",
        ]
    }
}
