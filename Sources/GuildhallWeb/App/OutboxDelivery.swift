import GuildhallCore
import Vapor

/// The deliverer `serve` runs: every couple of seconds it sends whatever the outbox has due.
struct OutboxDelivery: Sendable {
    var interval: Duration = .seconds(2)

    func run(_ app: Application) async {
        while !Task.isCancelled {
            do {
                try await app.outboxDeliverer.deliverDue(on: app.db)
            } catch {
                app.logger.error("Delivering the outbox failed: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}

extension Application {
    /// The outbox's deliverer, with the HTTP client, secret and public address of this application.
    var outboxDeliverer: OutboxDeliverer {
        OutboxDeliverer(http: http.client.shared, secret: installationSecret, publicURL: guildhall.configuration.publicURL,
                        logger: logger, clock: guildhall.configuration.clock)
    }
}
