import FluentKit
import Foundation

/// One of the ten BVPI 157 interaction types, as a service offers it: whether it applies, the
/// channels it can be carried out through, when it was e-enabled and when it is meant to be.
public final class Interaction: Model, @unchecked Sendable {
    public static let schema = "interactions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "service_id") public var service: Service
    /// The service's division, kept beside it so figures by division need no join.
    @Parent(key: "division_id") public var division: Division
    @Field(key: "type") public var type: InteractionType
    @Field(key: "applicable") public var applicable: Bool
    @Field(key: "channels") public var channelList: String
    /// Whether any channel is electronic. Kept beside `channels` so BVPI 157 is one query.
    @Field(key: "electronic") public var electronic: Bool
    @OptionalField(key: "e_enabled_on") public var eEnabledOn: CalendarDay?
    @OptionalField(key: "target_on") public var targetOn: CalendarDay?
    @OptionalField(key: "evidence_url") public var evidenceURL: String?
    @OptionalField(key: "standard_days") public var standardDays: Int?
    @Field(key: "notes") public var notes: String
    @Field(key: "owner") public var owner: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(of service: Service, type: InteractionType) throws {
        self.$organisation.id = service.$organisation.id
        self.$service.id = try service.requireID()
        self.$division.id = service.$division.id
        self.type = type
        self.applicable = true
        self.channels = []
        self.notes = ""
        self.owner = ""
    }

    public var channels: Set<Channel> {
        get { Channel.parse(channelList).channels }
        set {
            channelList = Channel.serialise(newValue)
            electronic = newValue.contains(where: \.isElectronic)
        }
    }

    /// Applicable, e-enabled on or before `day`, and with at least one electronic channel.
    public func isEEnabled(on day: CalendarDay) -> Bool {
        guard applicable, electronic, let eEnabledOn else { return false }
        return eEnabledOn <= day
    }

    public func status(on day: CalendarDay) -> InteractionStatus {
        InteractionStatus(applicable: applicable, eEnabled: isEEnabled(on: day), targetOn: targetOn, on: day)
    }
}

extension Interaction: Auditable {
    public static let auditEntity = "interaction"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "service": $service.id.uuidString, "type": String(type.code), "applicable": applicable ? "yes" : "no",
            "channels": channelList, "eEnabledOn": eEnabledOn?.description ?? "", "targetOn": targetOn?.description ?? "",
            "evidenceURL": evidenceURL ?? "", "standardDays": standardDays.map(String.init) ?? "", "notes": notes, "owner": owner,
        ]
    }
}

/// Where an interaction stands on a day, as the catalogue's filters and tags show it.
public enum InteractionStatus: String, CaseIterable, Sendable {
    case eEnabled = "e-enabled"
    case planned
    case overdue
    case notApplicable = "not-applicable"
    case noTarget = "no-target"

    public init(applicable: Bool, eEnabled: Bool, targetOn: CalendarDay?, on day: CalendarDay) {
        if !applicable { self = .notApplicable }
        else if eEnabled { self = .eEnabled }
        else if let targetOn { self = targetOn < day ? .overdue : .planned }
        else { self = .noTarget }
    }

    public var label: String {
        switch self {
        case .eEnabled: "E-enabled"
        case .planned: "Planned"
        case .overdue: "Overdue"
        case .notApplicable: "Not applicable"
        case .noTarget: "No target"
        }
    }
}
