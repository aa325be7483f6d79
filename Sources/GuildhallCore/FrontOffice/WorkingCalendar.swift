import Foundation

/// Working days: Monday to Friday, except England and Wales bank holidays and the organisation's
/// own closure days (such as 29 to 31 December). Days are days in London.
public struct WorkingCalendar: Sendable {
    public let bankHolidays: Set<CalendarDay>
    public let closures: Set<CalendarDay>

    public init(bankHolidays: some Sequence<CalendarDay>, closures: some Sequence<CalendarDay> = [CalendarDay]()) {
        self.bankHolidays = Set(bankHolidays)
        self.closures = Set(closures)
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        !day.isWeekend && !bankHolidays.contains(day) && !closures.contains(day)
    }

    /// The `n`th working day after `day`, not counting `day` itself; `day` when `n` is 0.
    public func workingDay(_ n: Int, after day: CalendarDay) -> CalendarDay {
        var current = day, counted = 0
        while counted < n {
            current = current.adding(days: 1)
            if isWorkingDay(current) { counted += 1 }
        }
        return current
    }

    /// How many working days there are from `start` up to, but not including, `end`.
    public func workingDays(from start: CalendarDay, until end: CalendarDay) -> Int {
        var current = start, count = 0
        while current < end {
            if isWorkingDay(current) { count += 1 }
            current = current.adding(days: 1)
        }
        return count
    }
}
