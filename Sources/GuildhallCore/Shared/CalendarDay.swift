import Foundation

/// A day on the calendar, such as the date an interaction was e-enabled. Stored and exchanged as
/// `YYYY-MM-DD`, which also sorts correctly as text in both databases.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, LosslessStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard DateComponents(year: year, month: month, day: day).isValidDate(in: Self.calendar) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts exactly `YYYY-MM-DD` of a day that exists.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day it is in London at `date`.
    public init(_ date: Date) {
        let components = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = components.year!
        self.month = components.month!
        self.day = components.day!
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Midnight in London at the start of the day.
    public var start: Date { Self.calendar.date(from: DateComponents(year: year, month: month, day: day))! }

    /// Saturday or Sunday.
    public var isWeekend: Bool {
        let weekday = Self.calendar.component(.weekday, from: start.addingTimeInterval(12 * 3600))
        return weekday == 1 || weekday == 7
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(Self.calendar.date(byAdding: .day, value: days, to: start.addingTimeInterval(12 * 3600))!)
    }

    public func adding(months: Int) -> CalendarDay {
        CalendarDay(Self.calendar.date(byAdding: .month, value: months, to: start.addingTimeInterval(12 * 3600))!)
    }

    /// Whole days from this day to `other`; negative when `other` is earlier.
    public func days(to other: CalendarDay) -> Int {
        Self.calendar.dateComponents([.day], from: start.addingTimeInterval(12 * 3600), to: other.start.addingTimeInterval(12 * 3600)).day!
    }

    /// The last day of this day's month.
    public var endOfMonth: CalendarDay {
        let range = Self.calendar.range(of: .day, in: .month, for: start.addingTimeInterval(12 * 3600))!
        return CalendarDay(year: year, month: month, day: range.upperBound - 1)!
    }

    /// The last day of the most recent quarter (31 March, 30 June, 30 September, 31 December)
    /// that ends on or before this day.
    public var latestQuarterEnd: CalendarDay {
        let quarterEndMonth = ((month) / 3) * 3
        let candidate = quarterEndMonth == 0
            ? CalendarDay(year: year - 1, month: 12, day: 31)!
            : CalendarDay(year: year, month: quarterEndMonth, day: 1)!.endOfMonth
        if candidate <= self { return candidate }
        return CalendarDay(year: year, month: quarterEndMonth, day: 1)!.adding(months: -3).endOfMonth
    }

    /// "31 March 2004"
    public var longDescription: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a date like 2004-03-31"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LondonTime.timeZone
        return calendar
    }()
}
