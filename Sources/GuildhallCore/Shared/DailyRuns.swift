import FluentKit
import Foundation
import SQLKit

/// Jobs done once a day across every application node, such as the link checks and the officers'
/// digests: a node claims the day's run in the database before doing it.
public enum DailyRuns {
    /// Claims today's run of the named job for this process; false when it has been claimed
    /// already, by this node or another.
    public static func claim(_ job: String, at now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let key = "\(job)-ran-on", today = CalendarDay(now).description
        try await sql.raw("INSERT INTO settings (key, value) VALUES (\(bind: key), '') ON CONFLICT (key) DO NOTHING").run()
        let claimed = try await sql.raw("UPDATE settings SET value = \(bind: today) WHERE key = \(bind: key) AND value < \(bind: today) RETURNING value").all()
        return !claimed.isEmpty
    }
}
