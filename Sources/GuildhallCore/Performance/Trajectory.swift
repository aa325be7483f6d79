import FluentKit
import Foundation
import SQLKit

/// Month by month, the percentage of applicable interactions actually e-enabled, the percentage
/// planned to be by then (e-enabled, or with a target date that has come), and the target line.
public struct Trajectory: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var month: CalendarDay
        public var actual: Double?
        public var planned: Double?
        public var target: Double?
    }

    public var points: [Point]

    public static let maximumMonths = 120

    public static func compute(for organisationID: UUID, targets: [PerformanceTarget], today: CalendarDay, on db: any Database) async throws -> Trajectory {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let rows = try await sql.raw("""
            SELECT i.e_enabled_on AS enabled, i.target_on AS target, i.electronic AS electronic, COUNT(*) AS n
            FROM interactions i
            WHERE i.organisation_id = \(bind: organisationID) AND i.applicable = \(bind: true)
            GROUP BY i.e_enabled_on, i.target_on, i.electronic
            """).all()
        let groups = try rows.map { row in
            Group(
                enabled: try row.decode(column: "enabled", as: String?.self).flatMap(CalendarDay.init),
                target: try row.decode(column: "target", as: String?.self).flatMap(CalendarDay.init),
                electronic: try row.decode(column: "electronic", as: Bool.self),
                count: try row.decode(column: "n", as: Int.self))
        }
        return build(groups: groups, targets: targets, today: today)
    }

    struct Group {
        var enabled: CalendarDay?
        var target: CalendarDay?
        var electronic: Bool
        var count: Int

        /// The day from which the interaction counts as e-enabled, if it ever does.
        var eEnabledFrom: CalendarDay? { electronic ? enabled : nil }

        /// The day by which it is e-enabled or meant to be.
        var plannedFrom: CalendarDay? { [eEnabledFrom, target].compactMap { $0 }.min() }
    }

    static func build(groups: [Group], targets: [PerformanceTarget], today: CalendarDay) -> Trajectory {
        let total = groups.reduce(0) { $0 + $1.count }
        let milestones = targets.sorted { $0.dueOn < $1.dueOn }
        let starts = groups.compactMap(\.eEnabledFrom) + milestones.map(\.dueOn) + [today]
        let ends = groups.compactMap(\.plannedFrom) + milestones.map(\.dueOn) + [today]
        guard var first = starts.min(), var last = ends.max() else { return Trajectory(points: []) }
        if first.days(to: last) > maximumMonths * 31 {
            // The latest years up to the target, as long as they reach today: what came long
            // before is history, but today must be on the chart.
            first = last.adding(months: -(maximumMonths - 1))
            if today < first {
                first = today
                last = today.adding(months: maximumMonths - 1)
            }
        }

        var months: [CalendarDay] = []
        var month = first.endOfMonth
        while month <= last.endOfMonth {
            months.append(month)
            month = month.adding(days: 1).endOfMonth
        }
        // Each group counts from the first month-end on or after its day: bucket, then add up.
        func cumulative(_ day: (Group) -> CalendarDay?) -> [Int] {
            var buckets = [Int](repeating: 0, count: months.count + 1)
            for group in groups {
                guard let day = day(group) else { continue }
                buckets[months.partitioningIndex { $0 >= day }] += group.count
            }
            var running = 0
            return months.indices.map { index in
                running += buckets[index]
                return running
            }
        }
        let actual = cumulative(\.eEnabledFrom), planned = cumulative(\.plannedFrom)
        let points = months.enumerated().map { index, month in
            Point(
                month: month,
                // What has actually happened stops at the day the figures are as at.
                actual: month <= today.endOfMonth ? Figure(eEnabled: actual[index], applicable: total).percent : nil,
                planned: Figure(eEnabled: planned[index], applicable: total).percent,
                target: targetLine(milestones, at: month))
        }
        return Trajectory(points: points)
    }

    /// Straight lines between milestones; nothing before the first, the last one's value after it.
    static func targetLine(_ milestones: [PerformanceTarget], at day: CalendarDay) -> Double? {
        guard let first = milestones.first, day >= first.dueOn else { return nil }
        guard let nextIndex = milestones.firstIndex(where: { $0.dueOn > day }) else { return milestones.last!.percent }
        let previous = milestones[nextIndex - 1], next = milestones[nextIndex]
        let fraction = Double(previous.dueOn.days(to: day)) / Double(previous.dueOn.days(to: next.dueOn))
        return ((previous.percent + (next.percent - previous.percent) * fraction) * 100).rounded() / 100
    }
}

extension Array {
    /// The index of the first element for which `predicate` holds, in an array where it holds
    /// for a suffix; `count` when it holds for none.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
