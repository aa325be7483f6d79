import Foundation

/// Why an interaction is, or is not, verified e-enabled on a day: the same rule BVPI 157's
/// verified figure counts by, given reasons a person can act on.
public enum Verification: Sendable, Equatable {
    /// Not e-enabled on the day, so there is nothing to verify.
    case notEEnabled
    /// Its service's online form of this type is published.
    case form(since: CalendarDay)
    /// Its evidence URL answered with a 2xx status when last checked.
    case link(checkedOn: CalendarDay)
    /// Its evidence URL did not answer well when last checked.
    case brokenLink(checkedOn: CalendarDay, problem: String)
    /// Its evidence URL was last checked more than 30 days before the day.
    case staleCheck(checkedOn: CalendarDay)
    /// There is no form and no check of a URL.
    case unchecked

    public init(_ interaction: Interaction, on day: CalendarDay, form: OnlineForm?, latestCheck: LinkCheck?) {
        guard interaction.isEEnabled(on: day) else { self = .notEEnabled; return }
        if let form, form.interactionType == interaction.type, let since = form.publishedFrom, since <= day {
            self = .form(since: since)
        } else if let check = latestCheck, check.checkedOn <= day {
            if check.checkedOn < day.adding(days: -30) { self = .staleCheck(checkedOn: check.checkedOn) }
            else if check.ok { self = .link(checkedOn: check.checkedOn) }
            else { self = .brokenLink(checkedOn: check.checkedOn, problem: check.problem ?? "It did not answer") }
        } else {
            self = .unchecked
        }
    }

    public var isVerified: Bool {
        switch self {
        case .form, .link: true
        default: false
        }
    }

    public var explanation: String {
        switch self {
        case .notEEnabled: "Not e-enabled"
        case .form(let since): "Verified: its online form is published from \(since.longDescription)"
        case .link(let day): "Verified: its web page answered when checked on \(day.longDescription)"
        case .brokenLink(let day, let problem): "Not verified: its web page failed when checked on \(day.longDescription) (\(problem))"
        case .staleCheck(let day): "Not verified: its web page was last checked on \(day.longDescription), more than 30 days ago"
        case .unchecked: "Not verified: it has no published form, and its web page has not been checked"
        }
    }
}
