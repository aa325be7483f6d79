import FluentKit
import Foundation
import SQLKit

/// The due dates a case has settled: its reply and its resolution, each once it has happened.
/// Compliance counts these; the tallies keep their sums by day as cases change.
struct SettledDueDates: Equatable {
    struct Outcome: Hashable {
        var standard: StandardKind
        var day: CalendarDay
        var divisionID: UUID
        var serviceID: UUID
        var met: Bool
    }

    var outcomes: Set<Outcome>

    init(_ item: Case) {
        var outcomes = Set<Outcome>()
        for (standard, due, done) in [(StandardKind.reply, item.replyBy, item.repliedOn), (.resolve, item.resolveBy, item.closedOn)] {
            guard let due, let done else { continue }
            outcomes.insert(Outcome(standard: standard, day: done, divisionID: item.$division.id, serviceID: item.$service.id, met: done <= due))
        }
        self.outcomes = outcomes
    }
}

/// Keeping the compliance tallies: each change to a case takes away what it had settled before
/// and adds what it has settled now, in the same transaction as the change.
enum ComplianceTallies {
    static func record(from before: SettledDueDates?, to after: SettledDueDates, organisationID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let old = before?.outcomes ?? []
        for (outcome, sign) in old.subtracting(after.outcomes).map({ ($0, -1) }) + after.outcomes.subtracting(old).map({ ($0, 1) }) {
            let met = outcome.met ? sign : 0, breached = outcome.met ? 0 : sign
            for (table, period, key) in [("compliance_tallies", "day", outcome.day.description), ("compliance_months", "month", String(outcome.day.description.prefix(7)))] {
                try await sql.raw("""
                    INSERT INTO \(unsafeRaw: table) (organisation_id, \(unsafeRaw: period), standard, division_id, service_id, met, breached)
                    VALUES (\(bind: organisationID), \(bind: key), \(bind: outcome.standard.rawValue), \(bind: outcome.divisionID),
                            \(bind: outcome.serviceID), \(bind: met), \(bind: breached))
                    ON CONFLICT (organisation_id, \(unsafeRaw: period), standard, division_id, service_id)
                    DO UPDATE SET met = \(unsafeRaw: table).met + \(bind: met), breached = \(unsafeRaw: table).breached + \(bind: breached)
                    """).run()
            }
        }
    }
}
