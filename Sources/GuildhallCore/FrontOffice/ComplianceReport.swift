import FluentKit
import Foundation
import SQLKit

/// Compliance with the customer service standards over a period: each case's reply and
/// resolution that fell in it, read from the tallies kept by day as cases change, and grouped by
/// standard, division, service and month.
public enum ComplianceReport {
    public struct Named: Sendable {
        public var compliance: Compliance
        /// The divisions and services the tallies name, by id.
        public var divisions: [String: Division]
        public var services: [String: Service]
    }

    public static func make(in organisationID: UUID, from start: CalendarDay, to end: CalendarDay, on db: any Database) async throws -> Named {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        // Whole months from the months; the days before the first and after the last from the days.
        var months: [String] = [], days: [(CalendarDay, CalendarDay)] = []
        var day = start
        while day <= end {
            let monthEnd = day.endOfMonth
            if day.day == 1 && monthEnd <= end { months.append(String(day.description.prefix(7))) } else { days.append((day, min(monthEnd, end))) }
            day = monthEnd.adding(days: 1)
        }
        func tallies(by monthKey: String, _ dayKey: String) async throws -> [String: Tally] {
            // One range of an index each: whole months, then each run of days.
            var parts: SQLQueryString = """
                SELECT \(unsafeRaw: monthKey) AS grouped, met, breached FROM compliance_months
                WHERE organisation_id = \(bind: organisationID) AND month >= \(bind: months.first ?? "9999") AND month <= \(bind: months.last ?? "0000")
                """
            for (first, last) in days {
                parts = parts + """
                     UNION ALL SELECT \(unsafeRaw: dayKey) AS grouped, met, breached FROM compliance_tallies
                    WHERE organisation_id = \(bind: organisationID) AND day >= \(bind: first.description) AND day <= \(bind: last.description)
                    """
            }
            let rows = try await sql.raw("""
                SELECT grouped, CAST(SUM(met) AS BIGINT) AS met, CAST(SUM(breached) AS BIGINT) AS breached FROM (\(parts)) t GROUP BY grouped
                """).all()
            var result: [String: Tally] = [:]
            for row in rows {
                let tally = Tally(met: try row.decode(column: "met", as: Int.self), breached: try row.decode(column: "breached", as: Int.self))
                if tally.met + tally.breached > 0 { result[try row.decode(column: "grouped", as: String.self)] = tally }
            }
            return result
        }
        let byStandard = try await tallies(by: "standard", "standard")
        var compliance = Compliance(groups: [])
        compliance.byStandard = Dictionary(uniqueKeysWithValues: byStandard.compactMap { key, tally in StandardKind(rawValue: key).map { ($0, tally) } })
        compliance.overall = compliance.byStandard.values.reduce(into: Tally()) { $0.add($1) }
        // Ids as text, the same on both databases.
        compliance.byDivision = try await tallies(by: "UPPER(CAST(division_id AS TEXT))", "UPPER(CAST(division_id AS TEXT))")
        compliance.byService = try await tallies(by: "UPPER(CAST(service_id AS TEXT))", "UPPER(CAST(service_id AS TEXT))")
        compliance.byMonth = try await tallies(by: "month", "SUBSTR(day, 1, 7)")
        let divisions = try await DivisionRegister.all(in: organisationID, on: db)
        let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID).all()
        return Named(compliance: compliance,
                     divisions: Dictionary(uniqueKeysWithValues: divisions.map { ($0.id!.uuidString, $0) }),
                     services: Dictionary(uniqueKeysWithValues: services.map { ($0.id!.uuidString, $0) }))
    }
}
