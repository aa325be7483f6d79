import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

/// The work `serve` does beside answering requests: started once the server is prepared, and
/// cancelled (and awaited) when the application shuts down. Other commands never start it. It
/// is started by hand because `serve` runs after the application has booted, too late for a
/// lifecycle handler's `didBoot`.
final class ServingJobs: LifecycleHandler, Sendable {
    private let daily: [DailyJob]
    private let delivery: OutboxDelivery
    private let tasks = NIOLockedValueBox<[Task<Void, Never>]>([])

    init(daily: [DailyJob] = [.linkChecks, .dueSoonDigests], delivery: OutboxDelivery = OutboxDelivery()) {
        self.daily = daily
        self.delivery = delivery
    }

    func start(_ app: Application) throws {
        app.lifecycle.use(self)
        var jobs: [@Sendable (Application) async -> Void] = daily.map { $0.run } + [delivery.run]
        if case .postgres(let url, _) = app.guildhall.configuration.database {
            jobs.append(HubVersionListener(configuration: try SQLPostgresConfiguration(url: url).coreConfiguration).run)
        }
        let started = jobs.map { job in Task { await job(app) } }
        tasks.withLockedValue { $0 += started }
    }

    func shutdownAsync(_ app: Application) async {
        let running = tasks.withLockedValue { tasks in
            defer { tasks = [] }
            return tasks
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}
