import FluentKit
import Foundation
import SQLKit

/// Contacts and cases by channel, by service and by month, so that channel shift shows.
public struct TakeUp: Sendable {
    public struct Counts: Codable, Equatable, Sendable {
        public var contacts = 0
        public var cases = 0

        public init() {}
    }

    public var byChannel: [ContactChannel: Counts] = [:]
    /// By service id.
    public var byService: [UUID: Counts] = [:]
    /// By month (`YYYY-MM`), then by channel.
    public var byMonth: [String: [ContactChannel: Counts]] = [:]
    public var services: [UUID: Service] = [:]
    /// Uses of each channel by month: every contact, and every case that came in without one (a
    /// web form, an app), so that a call that opened a case counts once.
    public var usesByMonth: [String: [ContactChannel: Int]] = [:]

    public var uses: [ContactChannel: Int] {
        usesByMonth.values.reduce(into: [:]) { total, month in total.merge(month, uniquingKeysWith: +) }
    }

    public var total: Counts {
        byChannel.values.reduce(into: Counts()) { $0.contacts += $1.contacts; $0.cases += $1.cases }
    }

    public static func make(in organisationID: UUID, from start: CalendarDay, to end: CalendarDay, on db: any Database) async throws -> TakeUp {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        var takeUp = TakeUp()
        for (table, day, keyPath) in [("contacts", "occurred_on", \Counts.contacts), ("cases", "received_on", \Counts.cases)] {
            let rows = try await sql.raw("""
                SELECT channel, service_id AS service, SUBSTR(\(unsafeRaw: day), 1, 7) AS month, COUNT(*) AS n FROM \(unsafeRaw: table)
                WHERE organisation_id = \(bind: organisationID) AND \(unsafeRaw: day) >= \(bind: start.description) AND \(unsafeRaw: day) <= \(bind: end.description)
                GROUP BY channel, service_id, SUBSTR(\(unsafeRaw: day), 1, 7)
                """).all()
            for row in rows {
                guard let channel = ContactChannel(rawValue: try row.decode(column: "channel", as: String.self)) else { continue }
                let service = try row.decode(column: "service", as: UUID.self), month = try row.decode(column: "month", as: String.self)
                let n = try row.decode(column: "n", as: Int.self)
                takeUp.byChannel[channel, default: Counts()][keyPath: keyPath] += n
                takeUp.byService[service, default: Counts()][keyPath: keyPath] += n
                takeUp.byMonth[month, default: [:]][channel, default: Counts()][keyPath: keyPath] += n
                if table == "contacts" { takeUp.usesByMonth[month, default: [:]][channel, default: 0] += n }
            }
        }
        let unprompted = try await sql.raw("""
            SELECT channel, SUBSTR(received_on, 1, 7) AS month, COUNT(*) AS n FROM cases c
            WHERE c.organisation_id = \(bind: organisationID) AND c.received_on >= \(bind: start.description) AND c.received_on <= \(bind: end.description)
              AND NOT EXISTS (SELECT 1 FROM contacts t WHERE t.case_id = c.id)
            GROUP BY channel, SUBSTR(received_on, 1, 7)
            """).all()
        for row in unprompted {
            guard let channel = ContactChannel(rawValue: try row.decode(column: "channel", as: String.self)) else { continue }
            takeUp.usesByMonth[try row.decode(column: "month", as: String.self), default: [:]][channel, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID).all()
        takeUp.services = Dictionary(uniqueKeysWithValues: services.map { ($0.id!, $0) })
        return takeUp
    }
}

extension TakeUp {
    /// The statement's take-up rows for the period: one for each channel used, in the channels' order.
    public func statementRows(from start: CalendarDay, to end: CalendarDay) -> SectionContent.TakeUp {
        let uses = uses
        return SectionContent.TakeUp(rows: ContactChannel.allCases.compactMap { channel in
            uses[channel].map { SectionContent.TakeUp.Row(channel: channel.label, period: "\(start)/\(end)", volume: $0) }
        })
    }
}
