import FluentKit
import Foundation

/// One exchange with a resident, as it happens: it measures the channel, as a case measures the service.
public final class Contact: Model, @unchecked Sendable {
    public static let schema = "contacts"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Enum(key: "channel") public var channel: ContactChannel
    @OptionalParent(key: "site_id") public var site: Site?
    @OptionalField(key: "client") public var client: String?
    @Field(key: "occurred_at") public var occurredAt: Date
    /// The day in London it happened, for take-up by month.
    @Field(key: "occurred_on") public var occurredOn: CalendarDay
    @OptionalField(key: "staff_id") public var staffID: UUID?
    @Field(key: "staff_name") public var staffName: String
    @OptionalParent(key: "resident_id") public var resident: Resident?
    @Parent(key: "service_id") public var service: Service
    @Field(key: "interaction_type") public var interactionType: InteractionType
    @Enum(key: "outcome") public var outcome: ContactOutcome
    @Field(key: "notes") public var notes: String
    @OptionalParent(key: "case_id") public var `case`: Case?

    public init() {}
}

extension Contact: Auditable {
    public static let auditEntity = "contact"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "channel": channel.rawValue, "site": $site.id?.uuidString ?? "", "resident": $resident.id?.uuidString ?? "",
            "service": $service.id.uuidString, "interactionType": String(interactionType.rawValue), "outcome": outcome.rawValue,
            "case": $case.id?.uuidString ?? "", "notes": notes,
        ]
    }
}
