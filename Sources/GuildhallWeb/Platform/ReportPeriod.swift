import GuildhallCore
import Vapor

/// The period a report covers, from `?from=` and `?to=`: by default the twelve months to today.
struct ReportPeriod {
    var from: CalendarDay
    var to: CalendarDay

    init(_ req: Request) throws {
        let today = CalendarDay(req.now)
        func day(_ key: String) throws -> CalendarDay? {
            guard let text = try? req.query.get(String.self, at: key), !text.isEmpty else { return nil }
            guard let day = CalendarDay(text) else { throw Abort(.badRequest, reason: "\(key) must be a real date as YYYY-MM-DD, like 2026-04-01") }
            return day
        }
        to = try day("to") ?? today
        from = try day("from") ?? CalendarDay(year: to.year - 1, month: to.month, day: 1)!.adding(months: 1)
        guard from <= to else { throw Abort(.badRequest, reason: "from must be on or before to") }
    }
}

extension ReportPeriod {
    /// The period as a link's query.
    var query: [String: String?] { ["from": from.description, "to": to.description] }
}
