import Foundation

/// When a case must have its first public reply (`replyBy`) and be resolved (`resolveBy`). For a
/// standard of N working days, the due day is the Nth working day after the day the case was
/// received, in London: a case received on a Saturday or a bank holiday is counted from the next
/// working day.
public struct DueDates: Equatable, Sendable {
    public var replyBy: CalendarDay?
    public var resolveBy: CalendarDay?

    public init(replyBy: CalendarDay?, resolveBy: CalendarDay?) {
        self.replyBy = replyBy
        self.resolveBy = resolveBy
    }

    /// The due dates of a case received at `receivedAt`, with the reply standard of its channel
    /// and the resolution standard of its catalogue interaction (either may be none).
    public init(receivedAt: Date, replyDays: Int?, resolveDays: Int?, calendar: WorkingCalendar) {
        let received = CalendarDay(receivedAt)
        replyBy = replyDays.map { calendar.workingDay($0, after: received) }
        resolveBy = resolveDays.map { calendar.workingDay($0, after: received) }
    }

    /// The due dates once the case stops waiting for the resident. The clock stood still while
    /// it waited, so each due date not already past when the wait began moves later by the
    /// working days d with `started` ≤ d < `stopped`.
    public func afterWaiting(from started: CalendarDay, until stopped: CalendarDay, calendar: WorkingCalendar) -> DueDates {
        let waited = calendar.workingDays(from: started, until: stopped)
        func moved(_ due: CalendarDay?) -> CalendarDay? {
            guard let due, due >= started, waited > 0 else { return due }
            // Move by working days, so a due date never lands on a weekend or a holiday.
            return calendar.workingDay(waited, after: due)
        }
        return DueDates(replyBy: moved(replyBy), resolveBy: moved(resolveBy))
    }
}
