import FluentKit
import Foundation
import SQLKit

/// Compliance with the customer service standards, counted in the database: each case's reply
/// and resolution that fell in the period, grouped by standard, division, service and month.
public enum ComplianceReport {
    public struct Named: Sendable {
        public var compliance: Compliance
        /// The divisions and services the tallies name, by id.
        public var divisions: [String: Division]
        public var services: [String: Service]
    }

    public static func make(in organisationID: UUID, from start: CalendarDay, to end: CalendarDay, on db: any Database) async throws -> Named {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        var groups: [Compliance.Group] = []
        for (standard, due, done) in [(StandardKind.reply, "reply_by", "replied_on"), (.resolve, "resolve_by", "closed_on")] {
            let rows = try await sql.raw("""
                SELECT c.division_id AS division, c.service_id AS service, SUBSTR(c.\(unsafeRaw: done), 1, 7) AS month,
                  SUM(CASE WHEN c.\(unsafeRaw: done) <= c.\(unsafeRaw: due) THEN 1 ELSE 0 END) AS met, COUNT(*) AS total
                FROM cases c
                WHERE c.organisation_id = \(bind: organisationID) AND c.\(unsafeRaw: done) >= \(bind: start.description)
                  AND c.\(unsafeRaw: done) <= \(bind: end.description) AND c.\(unsafeRaw: due) IS NOT NULL
                GROUP BY c.division_id, c.service_id, SUBSTR(c.\(unsafeRaw: done), 1, 7)
                """).all()
            for row in rows {
                let met = try row.decode(column: "met", as: Int.self), total = try row.decode(column: "total", as: Int.self)
                groups.append(Compliance.Group(standard: standard, division: try row.decode(column: "division", as: UUID.self).uuidString,
                                               service: try row.decode(column: "service", as: UUID.self).uuidString,
                                               month: try row.decode(column: "month", as: String.self), tally: Tally(met: met, breached: total - met)))
            }
        }
        let divisions = try await DivisionRegister.all(in: organisationID, on: db)
        let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID).all()
        return Named(compliance: Compliance(groups: groups),
                     divisions: Dictionary(uniqueKeysWithValues: divisions.map { ($0.id!.uuidString, $0) }),
                     services: Dictionary(uniqueKeysWithValues: services.map { ($0.id!.uuidString, $0) }))
    }
}
