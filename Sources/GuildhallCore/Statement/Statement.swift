import FluentKit
import Foundation

/// An organisation's e-government statement for one year, on one pro forma. Its sections are
/// drafted, consulted on, decided and submitted; after the final submission it is closed.
public final class Statement: Model, @unchecked Sendable {
    public static let schema = "statements"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "year") public var year: Int
    @Field(key: "pro_forma") public var proFormaKey: String
    @OptionalField(key: "deadline_on") public var deadlineOn: CalendarDay?
    /// Starts at 1 and goes up after each draft submission, as work continues on a new version.
    @Field(key: "version") public var version: Int
    @Field(key: "is_closed") public var isClosed: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Children(for: \.$statement) public var sections: [StatementSection]

    public init() {}

    public init(organisationID: UUID, year: Int, proFormaKey: String, deadlineOn: CalendarDay?) {
        self.$organisation.id = organisationID
        self.year = year
        self.proFormaKey = proFormaKey
        self.deadlineOn = deadlineOn
        self.version = 1
        self.isClosed = false
    }

    public var proForma: ProForma { ProForma.named(proFormaKey)! }
}

extension Statement: Auditable {
    public static let auditEntity = "statement"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["year": String(year), "proForma": proFormaKey, "deadlineOn": deadlineOn?.description ?? "", "version": String(version), "closed": isClosed ? "yes" : "no"]
    }
}
