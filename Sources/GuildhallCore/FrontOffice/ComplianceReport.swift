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
        let rows = try await sql.raw("""
            SELECT standard, division_id AS division, service_id AS service, SUBSTR(day, 1, 7) AS month, SUM(met) AS met, SUM(breached) AS breached
            FROM compliance_tallies
            WHERE organisation_id = \(bind: organisationID) AND day >= \(bind: start.description) AND day <= \(bind: end.description)
            GROUP BY standard, division_id, service_id, SUBSTR(day, 1, 7)
            """).all()
        var groups: [Compliance.Group] = []
        for row in rows {
            guard let standard = StandardKind(rawValue: try row.decode(column: "standard", as: String.self)) else { continue }
            let tally = Tally(met: try row.decode(column: "met", as: Int.self), breached: try row.decode(column: "breached", as: Int.self))
            guard tally.met + tally.breached > 0 else { continue }
            groups.append(Compliance.Group(standard: standard, division: try row.decode(column: "division", as: UUID.self).uuidString,
                                           service: try row.decode(column: "service", as: UUID.self).uuidString,
                                           month: try row.decode(column: "month", as: String.self), tally: tally))
        }
        let divisions = try await DivisionRegister.all(in: organisationID, on: db)
        let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID).all()
        return Named(compliance: Compliance(groups: groups),
                     divisions: Dictionary(uniqueKeysWithValues: divisions.map { ($0.id!.uuidString, $0) }),
                     services: Dictionary(uniqueKeysWithValues: services.map { ($0.id!.uuidString, $0) }))
    }
}
