import FluentKit
import Foundation

/// The organisation's customer service standards: working days to reply on each channel, and
/// minutes a visitor may wait at an INFO centre. An organisation that has set none has the defaults.
public final class CustomerStandards: Model, @unchecked Sendable {
    public static let schema = "customer_standards"

    public static let defaultWaitMinutes = 15

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    /// Working days by `ContactChannel` raw value, as JSON; a channel left out has no reply standard.
    @Field(key: "reply_days") public var replyDayList: String
    @Field(key: "wait_minutes") public var waitMinutes: Int

    public init() {}

    init(organisationID: UUID, reply: ReplyStandards, waitMinutes: Int) {
        self.$organisation.id = organisationID
        self.waitMinutes = waitMinutes
        self.reply = reply
    }

    public var reply: ReplyStandards {
        get {
            let raw = (try? JSONDecoder().decode([String: Int].self, from: Data(replyDayList.utf8))) ?? [:]
            return ReplyStandards(days: Dictionary(uniqueKeysWithValues: raw.compactMap { key, days in ContactChannel(rawValue: key).map { ($0, days) } }))
        }
        set {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let raw = Dictionary(uniqueKeysWithValues: newValue.days.map { ($0.key.rawValue, $0.value) })
            replyDayList = String(decoding: (try? encoder.encode(raw)) ?? Data("{}".utf8), as: UTF8.self)
        }
    }
}

extension CustomerStandards: Auditable {
    public static let auditEntity = "standards"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] { ["replyDays": replyDayList, "waitMinutes": String(waitMinutes)] }
}

/// A day the organisation's offices are closed, on top of the bank holidays (for example 29–31 December).
public final class ClosureDay: Model, @unchecked Sendable {
    public static let schema = "closure_days"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "day") public var day: CalendarDay
    @Field(key: "label") public var label: String

    public init() {}

    public init(organisationID: UUID, day: CalendarDay, label: String) {
        self.$organisation.id = organisationID
        self.day = day
        self.label = label
    }
}

extension ClosureDay: Auditable {
    public static let auditEntity = "closure-day"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] { ["day": day.description, "label": label] }
}
