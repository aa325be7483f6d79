import FluentKit
import Foundation

/// One check of an interaction's evidence URL: whether it answered with a 2xx status, and when.
/// Every check is kept, so that verified e-enablement on any day can be worked out again.
public final class LinkCheck: Model, @unchecked Sendable {
    public static let schema = "link_checks"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "interaction_id") public var interactionID: UUID
    @Field(key: "url") public var url: String
    @Field(key: "checked_at") public var checkedAt: Date
    /// The day in London it was checked, which verified e-enablement counts from.
    @Field(key: "checked_on") public var checkedOn: CalendarDay
    /// The HTTP status it answered with, if it answered at all.
    @OptionalField(key: "status") public var status: Int?
    @Field(key: "ok") public var ok: Bool
    /// What went wrong, in words, when it did not answer with a 2xx status.
    @OptionalField(key: "problem") public var problem: String?

    public init() {}
}
