import Foundation

/// The site's pages a message links to, as paths; the deliverer puts the public address in front.
/// (The web layer's `SiteURL` builds the same paths, and a test holds the two together.)
public enum CaseLinks {
    /// Where the resident follows the case.
    public static func tracking(_ reference: String) -> String { "/requests/\(reference)" }

    /// The one question asked when a case is closed.
    public static func satisfaction(_ reference: String, token: String) -> String { "/requests/\(reference)/satisfaction/\(token)" }

    /// The case's page for staff.
    public static func staffCase(_ reference: String) -> String { "/staff/cases/\(reference)" }

    /// The cases due soon in an officer's queue.
    public static let dueSoonQueue = "/staff/queue?due=soon"
}
