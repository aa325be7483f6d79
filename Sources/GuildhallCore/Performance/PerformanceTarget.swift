import FluentKit
import Foundation

/// A point on the organisation's road to e-enablement: a percentage to reach by a date. The
/// latest is the target itself (for example 100% by 31 March 2004); earlier ones are milestones.
public final class PerformanceTarget: Model, @unchecked Sendable {
    public static let schema = "performance_targets"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "due_on") public var dueOn: CalendarDay
    @Field(key: "percent") public var percent: Double
    @Field(key: "label") public var label: String

    public init() {}

    public init(organisationID: UUID, dueOn: CalendarDay, percent: Double, label: String) {
        self.$organisation.id = organisationID
        self.dueOn = dueOn
        self.percent = percent
        self.label = label
    }
}

extension PerformanceTarget: Auditable {
    public static let auditEntity = "target"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["dueOn": dueOn.description, "percent": String(percent), "label": label]
    }
}
