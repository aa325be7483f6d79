import Foundation

/// Times are stored in UTC and shown to people in Europe/London.
public enum LondonTime {
    public static let timeZone = TimeZone(identifier: "Europe/London")!

    public static func format(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }

    public static func formatDay(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }

    /// Midnight in London at the start of a `YYYY-MM-DD` day, or nil when it is not a real date.
    public static func startOfDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    public static func startOfNextDay(_ text: String) -> Date? {
        guard let start = startOfDay(text) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(byAdding: .day, value: 1, to: start)
    }
}
