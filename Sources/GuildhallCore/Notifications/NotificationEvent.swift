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
