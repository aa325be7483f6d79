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
        // The queries do not depend on one another, so they run side by side.
        async let targets = TargetRegister.all(in: organisationID, on: db)
        async let report = BVPI157.report(for: organisation, on: day, on: db)
        async let atRisk = AtRisk.list(organisationID, on: day, limit: atRiskShown, db: db)
        async let serviceCount = Service.query(on: db).filter(\.$organisation.$id == organisationID).count()
        let milestones = try await targets
        async let trajectory = Trajectory.compute(for: organisationID, targets: milestones, today: day, on: db)
        let figures = try await report
        return PerformanceSummary(
            report: figures, targets: milestones, trajectory: try await trajectory,
            atRisk: try await atRisk.items, atRiskTotal: try await atRisk.total,
            serviceCount: try await serviceCount, interactionCount: figures.overall.applicable)
    }
}
