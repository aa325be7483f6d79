import Foundation
@testable import GuildhallCore
import Testing

@Suite("Working days and due dates, worked by hand")
struct WorkingDaysTests {
    static let calendar = WorkingCalendar(bankHolidays: try! BankHolidays.shipped())

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// Noon in London on the day, so the day is never in doubt.
    static func noon(_ text: String) -> Date { day(text).start.addingTimeInterval(12 * 3600) }

    static func due(_ received: String, _ days: Int, calendar: WorkingCalendar = calendar) -> String {
        DueDates(receivedAt: noon(received), replyDays: days, resolveDays: nil, calendar: calendar).replyBy!.description
    }

    @Test("Received on Christmas Eve 2026 with a one-day standard, a case is due on Tuesday 29 December")
    func christmas2026() {
        // Friday 25th is Christmas Day, then the weekend, then Monday 28th for Boxing Day.
        #expect(Self.due("2026-12-24", 1) == "2026-12-29")
    }

    @Test("Over Christmas and New Year 2025–26 five working days run to Monday 5 January, or to Thursday 8 January when the council closes from 29 to 31 December")
    func christmas2025() {
        // 29, 30, 31 December and 2 January, then Monday 5 January: 25, 26 December and 1 January are bank holidays.
        #expect(Self.due("2025-12-24", 5) == "2026-01-05")
        let closed = WorkingCalendar(bankHolidays: Self.calendar.bankHolidays,
                                     closures: ["2025-12-29", "2025-12-30", "2025-12-31"].map(Self.day))
        #expect(Self.due("2025-12-24", 5, calendar: closed) == "2026-01-08")
    }

    @Test("Received on New Year's Eve 2026, a one-day standard runs past New Year's Day 2027 and the weekend to Monday 4 January")
    func newYear2027() {
        #expect(Self.due("2026-12-31", 1) == "2027-01-04")
    }

    @Test("Easter takes out Good Friday and Easter Monday: 2 April 2026 plus two days is Wednesday 8 April; 25 March 2027 plus one is Tuesday 30 March")
    func easter() {
        #expect(Self.due("2026-04-02", 2) == "2026-04-08")
        #expect(Self.due("2027-03-25", 1) == "2027-03-30")
    }

    @Test("A case received on a Saturday or on a bank holiday is counted from the next working day")
    func nonWorkingDays() {
        #expect(Self.due("2026-11-07", 1) == "2026-11-09")
        #expect(Self.due("2026-05-25", 1) == "2026-05-26")
    }

    @Test("Days are London's: 23:30 UTC on Thursday 1 April 2027 is Friday 2 April, so a one-day standard is due on Monday 5 April")
    func londonDay() {
        var components = DateComponents(year: 2027, month: 4, day: 1, hour: 23, minute: 30)
        components.timeZone = TimeZone(identifier: "UTC")
        let receivedAt = Calendar(identifier: .gregorian).date(from: components)!
        #expect(CalendarDay(receivedAt) == Self.day("2027-04-02"))
        #expect(DueDates(receivedAt: receivedAt, replyDays: 1, resolveDays: nil, calendar: Self.calendar).replyBy == Self.day("2027-04-05"))
    }

    @Test("While the case waits for the resident its clock stops: due dates still ahead move by the working days waited, and one already past stays")
    func clockStops() {
        // Received Monday 2 November 2026: reply (email, 5) by Monday 9th, resolve (10) by Monday 16th.
        let dates = DueDates(receivedAt: Self.noon("2026-11-02"), replyDays: 5, resolveDays: 10, calendar: Self.calendar)
        #expect(dates == DueDates(replyBy: Self.day("2026-11-09"), resolveBy: Self.day("2026-11-16")))
        // Waiting from Wednesday 4th to Wednesday 11th: the 4th, 5th, 6th, 9th and 10th, five working days.
        let resumed = dates.afterWaiting(from: Self.day("2026-11-04"), until: Self.day("2026-11-11"), calendar: Self.calendar)
        #expect(resumed == DueDates(replyBy: Self.day("2026-11-16"), resolveBy: Self.day("2026-11-23")))
        // A wait that began after the reply was due leaves the reply's date alone.
        let late = dates.afterWaiting(from: Self.day("2026-11-10"), until: Self.day("2026-11-12"), calendar: Self.calendar)
        #expect(late == DueDates(replyBy: Self.day("2026-11-09"), resolveBy: Self.day("2026-11-18")))
    }

    @Test("Letters are answered within 10 working days, emails, web forms and Open311 within 5, and calls and visits there and then")
    func replyStandards() {
        let standards = ReplyStandards.defaults
        #expect(ContactChannel.allCases.map { standards.days(for: $0) } == [nil, nil, 10, 5, 5, 5])
        let call = DueDates(receivedAt: Self.noon("2026-11-02"), replyDays: standards.days(for: .telephone), resolveDays: nil, calendar: Self.calendar)
        #expect(call == DueDates(replyBy: nil, resolveBy: nil))
    }

    @Test("The shipped bank holidays run to the end of 2028, and a file in another shape is refused with what to fix")
    func bankHolidayFiles() throws {
        let shipped = try BankHolidays.shipped()
        #expect(shipped.contains(Self.day("2026-12-28")))
        #expect(shipped.last == Self.day("2028-12-26"))
        #expect(throws: BankHolidays.Problem.self) { try BankHolidays.parse(Data("not json".utf8)) }
        let badDate = #"{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "Boxing Day", "date": "26/12/2029"}]}}"#
        #expect { try BankHolidays.parse(Data(badDate.utf8)) } throws: { error in
            (error as? BankHolidays.Problem)?.description == "26/12/2029 is not a date in the form YYYY-MM-DD"
        }
    }
}
