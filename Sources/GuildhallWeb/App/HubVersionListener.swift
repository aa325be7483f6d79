import FluentPostgresDriver
import GuildhallCore
import Vapor

/// Listens on PostgreSQL for each move of the `HubVersion`, so the Hub's cache need not read it
/// for every page. When the connection drops the cache reads it again, and listening resumes a
/// second later.
struct HubVersionListener {
    let configuration: PostgresConnection.Configuration

    func run(_ app: Application) async {
        let watch = app.guildhall.hubVersion
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: app.logger)
                do {
                    try await connection.listen(on: HubVersion.channel) { announcements in
                        await watch.announced(on: app.db)
                        // Each read runs beside the next announcement, which must not wait for it;
                        // in a group, so none outlives the listening.
                        try await withThrowingDiscardingTaskGroup { reads in
                            for try await _ in announcements {
                                reads.addTask { await watch.announced(on: app.db) }
                            }
                        }
                    }
                } catch where !Task.isCancelled {
                    app.logger.warning("Stopped listening for changes to the Hub: \(error)")
                }
                try? await connection.close()
            } catch {
                app.logger.warning("Could not listen for changes to the Hub: \(error)")
            }
            watch.stopped()
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
