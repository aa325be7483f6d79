import FluentKit
import SQLKit

/// Which version of what the Hub shows the database holds: it moves on with every change to
/// it, made by database triggers, so a page drawn at one version is right until it moves.
public enum HubVersion {
    /// On PostgreSQL, the channel each move of the version is announced on when it commits.
    public static let channel = "hub_changed"

    public static func current(on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        return try await sql.raw("SELECT version FROM hub_version WHERE id = 1").first()?.decode(column: "version", as: Int.self) ?? 0
    }
}
