import FluentKit
import SQLKit

/// The id an Open311 client gave each update it sent, unique on its case, so that an update sent
/// again (after a timeout, say) is answered with the step already recorded.
struct AddClientUpdateIDsToCaseSteps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE case_steps ADD COLUMN client_update_id TEXT").run()
        try await sql.raw("CREATE UNIQUE INDEX case_steps_client_update ON case_steps (case_id, client_update_id)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX case_steps_client_update").run()
        try await sql.raw("ALTER TABLE case_steps DROP COLUMN client_update_id").run()
    }
}
