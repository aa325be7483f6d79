import FluentKit
import Foundation
import SQLKit

/// Keeps scripts from flooding the Hub's forms without a CAPTCHA: each client address may send
/// so many requests an hour (30 unless the installation says otherwise). The counts are kept in the database, so every application node
/// sees the same ones, under a hash of the address, and are deleted after a day.
public enum RequestLimiter {
    public static let defaultLimit = 30
    static let window = 3600

    /// Counts a request from `client`. Nil when it may go ahead; otherwise the seconds to wait.
    public static func admit(_ client: String, limit: Int, at now: Date, on db: any Database) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let seconds = Int(now.timeIntervalSince1970)
        let bucket = seconds / window
        let key = APITokenSecret.hash("request-limit:" + client)
        try await sql.raw("DELETE FROM request_limits WHERE bucket < \(bind: bucket - 24)").run()
        let row = try await sql.raw("""
            INSERT INTO request_limits (client, bucket, count) VALUES (\(bind: key), \(bind: bucket), 1)
            ON CONFLICT (client, bucket) DO UPDATE SET count = request_limits.count + 1
            RETURNING count
            """).first()
        let count = try row?.decode(column: "count", as: Int.self) ?? 1
        return count > limit ? (bucket + 1) * window - seconds : nil
    }
}
