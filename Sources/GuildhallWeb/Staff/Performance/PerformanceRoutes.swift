import GuildhallCore
import Vapor

/// The performance dashboard, snapshots and targets, for signed-in staff.
enum PerformanceRoutes {
    static func register(on routes: any RoutesBuilder) {
        let performance = routes.grouped(RequirePermission(permission: .readPerformance))
        performance.get(SiteURL.performance.pathComponents, use: PerformanceController.dashboard)
        performance.get(SiteURL.performanceDownload(SiteURL.parameter).pathComponents, use: PerformanceController.download)
        performance.get(SiteURL.snapshot(SiteURL.parameter).pathComponents, use: PerformanceController.snapshot)
        performance.get(SiteURL.targets.pathComponents, use: TargetsController.index)

        let managing = routes.grouped(RequirePermission(permission: .managePerformance))
        managing.post(SiteURL.snapshots.pathComponents, use: PerformanceController.takeSnapshot)
        managing.post(SiteURL.targets.pathComponents, use: TargetsController.create)
        managing.get(SiteURL.removeTarget(SiteURL.parameter).pathComponents, use: TargetsController.confirmRemove)
        managing.post(SiteURL.removeTarget(SiteURL.parameter).pathComponents, use: TargetsController.remove)
    }
}
