import GuildhallCore
import Vapor

/// The link checks `serve` runs once a day. Each hour it tries to claim the day's run in the
/// database, so of several application nodes (and restarts) only one checks the links each day.
/// The first try waits ten minutes, so a short-lived server never checks at all.
struct DailyLinkChecks {
    var firstTry: Duration = .seconds(600)
    var interval: Duration = .seconds(3600)

    func run(_ app: Application) async {
        let clock = app.guildhall.configuration.clock
        try? await Task.sleep(for: firstTry)
        while !Task.isCancelled {
            do {
                if try await LinkCheckRegister.claimDailyRun(at: clock(), on: app.db) {
                    let results = try await LinkCheckRegister.checkAll(in: nil, using: LinkFetcher.fetch(using: app.client, logger: app.logger),
                                                                       at: clock(), on: app.db)
                    app.logger.info("Checked \(results.count) evidence addresses: \(results.filter { !$0.answer.isOK }.count) failed")
                }
            } catch {
                app.logger.error("The daily link checks failed: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}
