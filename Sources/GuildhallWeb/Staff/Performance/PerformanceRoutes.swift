import GuildhallCore
import Vapor

/// The performance dashboard, snapshots and targets, for signed-in staff.
enum PerformanceRoutes {
    static func register(on routes: any RoutesBuilder) {
        let performance = routes.grouped(RequirePermission(permission: .readPerformance))
        performance.get(SiteURL.staff(.performance(.dashboard)).pathComponents, use: PerformanceController.dashboard)
        performance.get(SiteURL.staff(.performance(.download(.key))).pathComponents, use: PerformanceController.download)
        performance.get(SiteURL.staff(.performance(.snapshot(.key))).pathComponents, use: PerformanceController.snapshot)
        performance.get(SiteURL.staff(.performance(.targets)).pathComponents, use: TargetsController.index)

        let managing = routes.grouped(RequirePermission(permission: .managePerformance))
        managing.post(SiteURL.staff(.performance(.snapshots)).pathComponents, use: PerformanceController.takeSnapshot)
        managing.post(SiteURL.staff(.performance(.targets)).pathComponents, use: TargetsController.create)
        managing.get(SiteURL.staff(.performance(.removeTarget(.key))).pathComponents, use: TargetsController.confirmRemove)
        managing.post(SiteURL.staff(.performance(.removeTarget(.key))).pathComponents, use: TargetsController.remove)
    }
}
