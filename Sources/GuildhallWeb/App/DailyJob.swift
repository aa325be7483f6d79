import GuildhallCore
import Vapor

/// Work `serve` does once a day. Each hour it tries to claim the day's run in the database, so of
/// several application nodes (and restarts) only one does it each day. The first try waits ten
/// minutes, so a short-lived server never does it at all; `notBefore` holds it back until that
/// hour of the London day.
struct DailyJob: Sendable {
    var name: String
    var firstTry: Duration = .seconds(600)
    var interval: Duration = .seconds(3600)
    var notBefore = 0
    var work: @Sendable (Application, Date) async throws -> Void

    /// The evidence addresses' link checks.
    static let linkChecks = DailyJob(name: "link-checks") { app, now in
        let results = try await LinkCheckRegister.checkAll(in: nil, using: LinkFetcher.fetch(using: app.client, logger: app.logger), at: now, on: app.db)
        app.logger.info("Checked \(results.count) evidence addresses: \(results.filter { !$0.answer.isOK }.count) failed")
    }

    /// The officers' morning digest of cases due soon.
    static let dueSoonDigests = DailyJob(name: "due-soon-digests", notBefore: 7) { app, now in
        let written = try await DueSoonDigest.write(at: now, on: app.db)
        app.logger.info("Wrote \(written) digests of cases due soon")
    }

    func run(_ app: Application) async {
        let clock = app.guildhall.configuration.clock
        try? await Task.sleep(for: firstTry)
        while !Task.isCancelled {
            do {
                let now = clock()
                if LondonTime.hour(of: now) >= notBefore, try await DailyRuns.claim(name, at: now, on: app.db) {
                    try await work(app, now)
                }
            } catch {
                app.logger.error("The daily \(name) failed: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}
