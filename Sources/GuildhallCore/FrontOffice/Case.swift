import FluentKit
import Foundation

/// The work that follows when a contact cannot be resolved there and then, measured against the
/// customer service standards: `replyBy` from the channel, `resolveBy` from the service.
public final class Case: Model, @unchecked Sendable {
    public static let schema = "cases"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "reference") public var reference: String
    @Parent(key: "service_id") public var service: Service
    @Field(key: "interaction_type") public var interactionType: InteractionType
    @Field(key: "description") public var description: String
    @Field(key: "location_address") public var locationAddress: String
    @OptionalField(key: "location_postcode") public var locationPostcode: String?
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    @Enum(key: "channel") public var channel: ContactChannel
    @OptionalParent(key: "site_id") public var site: Site?
    /// For `open311`, the application the request came from.
    @OptionalField(key: "client") public var client: String?
    @OptionalParent(key: "resident_id") public var resident: Resident?
    /// `FormAnswer`s as JSON, for a request made online.
    @OptionalField(key: "answers") public var answerList: String?
    /// Contact details given with a request made online.
    @OptionalField(key: "contact_name") public var contactName: String?
    @OptionalField(key: "contact_email") public var contactEmail: String?
    @OptionalField(key: "contact_phone") public var contactPhone: String?
    /// Whether the resident asked to be told of progress.
    @Field(key: "wants_updates") public var wantsUpdates: Bool
    @Field(key: "received_at") public var receivedAt: Date
    /// The day in London it was received, from which its due dates count.
    @Field(key: "received_on") public var receivedOn: CalendarDay
    @Enum(key: "status") public var status: CaseStatus
    @Field(key: "is_open") public var isOpen: Bool
    @Enum(key: "priority") public var priority: CasePriority
    @Parent(key: "division_id") public var division: Division
    @OptionalParent(key: "officer_id") public var officer: User?
    @OptionalField(key: "duplicate_of_id") public var duplicateOfID: UUID?
    @OptionalField(key: "reply_by") public var replyBy: CalendarDay?
    @OptionalField(key: "resolve_by") public var resolveBy: CalendarDay?
    /// The day of the first public reply, or of closure if that came first.
    @OptionalField(key: "replied_on") public var repliedOn: CalendarDay?
    /// The day the case was closed; cleared when it is reopened.
    @OptionalField(key: "closed_on") public var closedOn: CalendarDay?
    /// The day it started waiting for the resident, while it is.
    @OptionalField(key: "waiting_since") public var waitingSince: CalendarDay?
    /// The earliest due date still to be met: what the work queue sorts by.
    @OptionalField(key: "next_due") public var nextDue: CalendarDay?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    public var dueDates: DueDates {
        get { DueDates(replyBy: replyBy, resolveBy: resolveBy) }
        set {
            replyBy = newValue.replyBy
            resolveBy = newValue.resolveBy
        }
    }

    public var answers: [FormAnswer] {
        answerList.flatMap { try? JSONDecoder().decode([FormAnswer].self, from: Data($0.utf8)) } ?? []
    }

    /// What may be published of the request, as Open311 lists it: what the resident wrote only
    /// when it came from an application that publishes it already, otherwise just the service.
    public var publishedDescription: String {
        channel == .open311 ? description : service.name
    }

    /// Sets the status, and the open flag and the next due date that follow from it.
    func settle() {
        isOpen = status.isOpen
        guard isOpen else { nextDue = nil; return }
        nextDue = [repliedOn == nil ? replyBy : nil, resolveBy].compactMap { $0 }.min()
    }

    /// Past its due day and still open.
    public func isOverdue(on today: CalendarDay) -> Bool {
        guard let nextDue, isOpen else { return false }
        return nextDue < today
    }
}

extension Case: Auditable {
    public static let auditEntity = "case"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "reference": reference, "service": $service.id.uuidString, "interactionType": String(interactionType.rawValue),
            "status": status.rawValue, "priority": priority.rawValue, "division": $division.id.uuidString,
            "officer": $officer.id?.uuidString ?? "", "duplicateOf": duplicateOfID?.uuidString ?? "",
            "replyBy": replyBy?.description ?? "", "resolveBy": resolveBy?.description ?? "",
            "resident": $resident.id?.uuidString ?? "", "channel": channel.rawValue,
        ]
    }
}
