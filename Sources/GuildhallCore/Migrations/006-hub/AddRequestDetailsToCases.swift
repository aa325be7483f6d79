import FluentKit
import SQLKit

/// What a request made online brings with it: the answers to the form's questions and the
/// contact details given. Also the indexes Open311's date windows and nearby cases read.
struct AddRequestDetailsToCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // One column at a time, as SQLite adds them.
        for column in ["answers TEXT", "contact_name TEXT", "contact_email TEXT", "contact_phone TEXT", "wants_updates BOOLEAN NOT NULL DEFAULT false"] {
            try await sql.raw("ALTER TABLE cases ADD COLUMN \(unsafeRaw: column)").run()
        }
        let indexes = [
            "cases_received_at": "cases (organisation_id, received_at)",
            "cases_service_open": "cases (service_id, is_open)",
            "case_steps_occurred": "case_steps (organisation_id, occurred_at)",
        ]
        for (name, target) in indexes.sorted(by: { $0.key < $1.key }) {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: target)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for name in ["cases_received_at", "cases_service_open", "case_steps_occurred"] {
            try await sql.raw("DROP INDEX \(unsafeRaw: name)").run()
        }
        for column in ["answers", "contact_name", "contact_email", "contact_phone", "wants_updates"] {
            try await sql.raw("ALTER TABLE cases DROP COLUMN \(unsafeRaw: column)").run()
        }
    }
}
