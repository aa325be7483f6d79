import Foundation

/// Numbers as people read them on the pages.
enum Format {
    static func percent(_ value: Double?) -> String {
        guard let value else { return "No figure" }
        return String(format: "%.2f%%", value)
    }

    static func count(_ value: Int) -> String {
        value.formatted(.number.locale(Locale(identifier: "en_GB")))
    }

    /// A person recorded as "Name <email>", by name alone.
    static func person(_ recorded: String) -> String {
        recorded.components(separatedBy: " <").first ?? recorded
    }

    static func pounds(_ value: Int?) -> String {
        value.map { "£" + count($0) } ?? ""
    }
}
