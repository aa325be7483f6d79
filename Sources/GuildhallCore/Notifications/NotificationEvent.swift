/// What a message tells its reader. Each event has its own GOV.UK Notify template, which a
/// council writes with the personalisation fields listed here in double brackets.
public enum NotificationEvent: String, CaseIterable, Codable, Sendable {
    case caseReceived = "case-received"
    case caseUpdated = "case-updated"
    case caseClosed = "case-closed"
    case caseReferred = "case-referred"
    case dueSoon = "due-soon"

    public var label: String {
        switch self {
        case .caseReceived: "Case received"
        case .caseUpdated: "Case updated"
        case .caseClosed: "Case closed"
        case .caseReferred: "Case referred to an officer"
        case .dueSoon: "Cases due soon (daily, to officers)"
        }
    }

    /// Whether it is written to the resident the case is for, rather than to staff.
    public var isForResident: Bool {
        switch self {
        case .caseReceived, .caseUpdated, .caseClosed: true
        case .caseReferred, .dueSoon: false
        }
    }

    /// The personalisation fields its template may use.
    public var fields: [String] {
        switch self {
        case .caseReceived, .caseUpdated: ["reference", "service", "status", "update", "url"]
        case .caseClosed: ["reference", "service", "status", "update", "url", "satisfaction_url"]
        case .caseReferred, .dueSoon: ["reference", "service", "due", "url"]
        }
    }
}

/// How a message is sent.
public enum NotificationChannel: String, CaseIterable, Codable, Sendable {
    case email
    case sms

    public var label: String { self == .email ? "Email" : "Text message" }
}

/// One of the templates a council makes in Notify: each event has an email template, and those
/// for residents a text message template too, named like `case-received-sms`.
public struct NotifyTemplate: Hashable, Sendable {
    public var event: NotificationEvent
    public var channel: NotificationChannel

    public static let all: [NotifyTemplate] = NotificationEvent.allCases.flatMap { event in
        [NotifyTemplate(event: event, channel: .email)] + (event.isForResident ? [NotifyTemplate(event: event, channel: .sms)] : [])
    }

    public init(event: NotificationEvent, channel: NotificationChannel) {
        self.event = event
        self.channel = channel
    }

    public init?(name: String) {
        guard let template = Self.all.first(where: { $0.name == name }) else { return nil }
        self = template
    }

    public var name: String { channel == .email ? event.rawValue : event.rawValue + "-sms" }

    public var label: String { channel == .email ? event.label : "\(event.label), by text message" }
}
