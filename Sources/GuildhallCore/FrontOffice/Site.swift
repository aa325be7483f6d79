import FluentKit
import Foundation

/// An INFO centre: a walk-in site where front-office staff see residents.
public final class Site: Model, @unchecked Sendable {
    public static let schema = "sites"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "name") public var name: String
    @Field(key: "address") public var address: String
    @Field(key: "opening_hours") public var openingHours: String

    public init() {}

    public init(organisationID: UUID, name: String, address: String, openingHours: String) {
        self.$organisation.id = organisationID
        self.name = name
        self.address = address
        self.openingHours = openingHours
    }
}

extension Site: Auditable {
    public static let auditEntity = "site"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] { ["name": name, "address": address, "openingHours": openingHours] }
}

/// A resident's visit to an INFO centre: they arrive and wait, then are called by a member of
/// staff, or leave without being seen.
public final class Visit: Model, @unchecked Sendable {
    public static let schema = "visits"

    public enum State: String, Sendable { case waiting, seen, left }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "site_id") public var site: Site
    @OptionalParent(key: "resident_id") public var resident: Resident?
    /// The name the visitor gave, when they are not (yet) a known resident.
    @Field(key: "visitor") public var visitor: String
    @Field(key: "reason") public var reason: String
    @Field(key: "arrived_at") public var arrivedAt: Date
    @OptionalField(key: "called_at") public var calledAt: Date?
    @OptionalField(key: "called_by") public var calledBy: String?
    @OptionalField(key: "left_at") public var leftAt: Date?

    public init() {}

    public var state: State { calledAt != nil ? .seen : leftAt != nil ? .left : .waiting }

    /// Whole minutes waited: until called, until they left, or until `now` while waiting.
    public func minutesWaited(at now: Date) -> Int {
        max(0, Int(((calledAt ?? leftAt ?? now).timeIntervalSince(arrivedAt) / 60).rounded(.down)))
    }
}
