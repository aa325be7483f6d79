import FluentKit
import Foundation

/// Everything the performance dashboard shows for one organisation as at one day.
public struct PerformanceSummary: Sendable {
    public var report: BVPI157Report
    public var targets: [PerformanceTarget]
    public var trajectory: Trajectory
    public var atRisk: [Interaction]
    public var atRiskTotal: Int
    public var serviceCount: Int
    public var interactionCount: Int

    /// The target itself: the milestone with the latest date.
    public var target: PerformanceTarget? { targets.last }

    /// Percentage points still to go, never below zero.
    public var gap: Double? {
        guard let target, let percent = report.overall.percent else { return nil }
        return max(0, ((target.percent - percent) * 100).rounded() / 100)
    }

    /// Days from the report's day to the target date; negative once it has passed.
    public var daysLeft: Int? { target.map { report.on.days(to: $0.dueOn) } }

    public static let atRiskShown = 50

    public static func compute(for organisation: Organisation, on day: CalendarDay, db: any Database) async throws -> PerformanceSummary {
        let organisationID = try organisation.requireID()
        let targets = try await PerformanceTargets.all(in: organisationID, on: db)
        let (atRisk, atRiskTotal) = try await AtRisk.list(organisationID, on: day, limit: atRiskShown, db: db)
        return PerformanceSummary(
            report: try await BVPI157.report(for: organisation, on: day, on: db),
            targets: targets,
            trajectory: try await Trajectory.compute(for: organisationID, targets: targets, today: day, on: db),
            atRisk: atRisk, atRiskTotal: atRiskTotal,
            serviceCount: try await Service.query(on: db).filter(\.$organisation.$id == organisationID).count(),
            interactionCount: try await Interaction.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$applicable == true).count())
    }
}
