import FluentKit
import Foundation

/// England and Wales bank holidays, read from GOV.UK's `bank-holidays.json` format. Guildhall
/// ships a copy; `guildhall import bank-holidays FILE` replaces it with a newer one.
public enum BankHolidays {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    private struct File: Decodable {
        struct Division: Decodable {
            struct Event: Decodable {
                var date: String
            }

            var events: [Event]
        }

        var englandAndWales: Division?

        enum CodingKeys: String, CodingKey {
            case englandAndWales = "england-and-wales"
        }
    }

    /// The England and Wales days of a file in GOV.UK's format, in order.
    public static func parse(_ data: Data) throws -> [CalendarDay] {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw Problem(description: "The file is not GOV.UK's bank-holidays.json format: it must be JSON with \"england-and-wales\" and its \"events\"")
        }
        guard let events = file.englandAndWales?.events, !events.isEmpty else {
            throw Problem(description: "The file has no England and Wales bank holidays under \"england-and-wales\"")
        }
        return try events.map { event in
            guard let day = CalendarDay(event.date) else {
                throw Problem(description: "\(event.date) is not a date in the form YYYY-MM-DD")
            }
            return day
        }.sorted()
    }

    /// The list shipped with Guildhall, read once.
    public static func shipped() throws -> [CalendarDay] {
        try shippedList.get()
    }

    private static let shippedList = Result<[CalendarDay], any Error> {
        guard let url = Bundle.module.url(forResource: "uk-bank-holidays", withExtension: "json"),
              let data = FileManager.default.contents(atPath: url.path)
        else { throw Problem(description: "This build of Guildhall has no bank holidays: its resource bundle is missing") }
        return try parse(data)
    }

    /// The bank holidays in force: those last imported, or the shipped list before any import.
    public static func inForce(on db: any Database) async throws -> [CalendarDay] {
        let stored = try await BankHoliday.query(on: db).all().compactMap { $0.id.flatMap(CalendarDay.init) }
        return stored.isEmpty ? try shipped() : stored.sorted()
    }

    /// Replaces the bank holidays in force with `days`, all at once.
    public static func replace(with days: [CalendarDay], on db: any Database) async throws {
        try await db.transaction { db in
            try await BankHoliday.query(on: db).delete()
            for batch in stride(from: 0, to: days.count, by: 500) {
                try await days[batch..<min(batch + 500, days.count)].map(BankHoliday.init).create(on: db)
            }
        }
    }
}

extension WorkingCalendar {
    /// The calendar with the bank holidays in force and `closures`, the organisation's own.
    public static func inForce(closures: some Sequence<CalendarDay> = [CalendarDay](), on db: any Database) async throws -> WorkingCalendar {
        WorkingCalendar(bankHolidays: try await BankHolidays.inForce(on: db), closures: closures)
    }
}
