import FluentKit
import SQLKit

/// The verified BVPI 157 beside the self-assessed one, for the national table.
struct AddVerifiedToSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE submissions ADD COLUMN bvpi157_verified DOUBLE PRECISION").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE submissions DROP COLUMN bvpi157_verified").run()
    }
}
