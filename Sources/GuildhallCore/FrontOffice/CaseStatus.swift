import Foundation

/// Where a case stands. Six statuses are open and six closed; a closed case can be reopened.
public enum CaseStatus: String, CaseIterable, Codable, Sendable {
    case open
    case investigating
    case inProgress = "in-progress"
    case actionScheduled = "action-scheduled"
    case waitingForCustomer = "waiting-for-customer"
    case referred
    case fixed
    case noFurtherAction = "no-further-action"
    case notCouncilsResponsibility = "not-councils-responsibility"
    case duplicate
    case closed
    case cancelled

    public var isOpen: Bool {
        switch self {
        case .open, .investigating, .inProgress, .actionScheduled, .waitingForCustomer, .referred: true
        default: false
        }
    }

    public static var openStatuses: [CaseStatus] { allCases.filter(\.isOpen) }

    public var label: String {
        switch self {
        case .open: "Open"
        case .investigating: "Investigating"
        case .inProgress: "In progress"
        case .actionScheduled: "Action scheduled"
        case .waitingForCustomer: "Waiting for the resident"
        case .referred: "Referred to the back office"
        case .fixed: "Fixed"
        case .noFurtherAction: "No further action"
        case .notCouncilsResponsibility: "Not the council’s responsibility"
        case .duplicate: "Duplicate of another case"
        case .closed: "Closed"
        case .cancelled: "Cancelled"
        }
    }

    /// The status as the resident reads it on the Hub, in their words rather than the office's.
    public var publicLabel: String {
        switch self {
        case .open: "Received"
        case .investigating: "Being looked into"
        case .inProgress: "In progress"
        case .actionScheduled: "Work is scheduled"
        case .waitingForCustomer: "Waiting for your reply"
        case .referred: "Passed to the team that deals with it"
        case .fixed: "Fixed"
        case .noFurtherAction: "Closed: no further action is needed"
        case .notCouncilsResponsibility: "Closed: this is not the council’s responsibility"
        case .duplicate: "Closed: it had already been reported"
        case .closed: "Closed"
        case .cancelled: "Cancelled"
        }
    }

    /// Open311's word for the status of a service request: `open` or `closed`.
    public var open311: String { isOpen ? "open" : "closed" }

    /// The status in an Open311 service request update: the same word in capitals with
    /// underscores, except that a referral is an internal one and waiting is still open.
    public var open311Update: String {
        switch self {
        case .referred: "INTERNAL_REFERRAL"
        case .waitingForCustomer: "OPEN"
        default: rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
        }
    }
}

/// How urgent a case is.
public enum CasePriority: String, CaseIterable, Codable, Sendable {
    case low, normal, high, urgent

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// What became of a contact.
public enum ContactOutcome: String, CaseIterable, Codable, Sendable {
    /// Resolved at first contact.
    case resolved
    /// A case was created for the work that follows.
    case `case`
    /// Signposted to a partner.
    case signposted
    /// Transferred to someone else.
    case transferred

    public var label: String {
        switch self {
        case .resolved: "Resolved at first contact"
        case .case: "Case created"
        case .signposted: "Signposted to a partner"
        case .transferred: "Transferred"
        }
    }
}
