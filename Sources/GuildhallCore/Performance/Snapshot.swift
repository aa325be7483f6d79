import FluentKit
import Foundation

/// BVPI 157 frozen as it stood when it was taken, usually at a quarter end: later changes to the
/// catalogue never alter it.
public final class Snapshot: Model, @unchecked Sendable {
    public static let schema = "snapshots"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "as_at") public var asAt: CalendarDay
    @Field(key: "taken_at") public var takenAt: Date
    @Field(key: "taken_by") public var takenBy: String
    /// The BVPI 157 report as JSON, in the API's shape.
    @Field(key: "figures") public var figures: String

    public init() {}

    public init(organisationID: UUID, asAt: CalendarDay, takenAt: Date, takenBy: String, figures: String) {
        self.$organisation.id = organisationID
        self.asAt = asAt
        self.takenAt = takenAt
        self.takenBy = takenBy
        self.figures = figures
    }
}

extension Snapshot: Auditable {
    public static let auditEntity = "snapshot"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["asAt": asAt.description, "takenBy": takenBy, "figures": figures]
    }
}
