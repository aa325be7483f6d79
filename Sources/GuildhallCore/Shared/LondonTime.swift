import Foundation

/// Times are stored in UTC and shown to people in Europe/London.
public enum LondonTime {
    public static let timeZone = TimeZone(identifier: "Europe/London")!

    public static func format(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: timeZone))
    }

    /// The hour of the day in London, 0 to 23.
    public static func hour(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.hour, from: date)
    }
}
