import FluentKit
import SQLKit

/// The `hub_version` also moves when a division changes (Open311 lists services under their
/// division's name), and on PostgreSQL each move is announced on `HubVersion.channel` when its
/// transaction commits, so a serving node can listen rather than read the version for every
/// page. SQLite has no other process to tell.
struct ExtendHubVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION hub_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE hub_version SET version = version + 1 WHERE id = 1; PERFORM pg_notify('\(unsafeRaw: HubVersion.channel)', ''); RETURN NULL; END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER divisions_hub AFTER INSERT OR UPDATE OR DELETE ON divisions FOR EACH STATEMENT EXECUTE FUNCTION hub_changed()
                """).run()
        } else {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER divisions_hub_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON divisions
                    BEGIN UPDATE hub_version SET version = version + 1 WHERE id = 1; END
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER divisions_hub ON divisions").run()
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION hub_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE hub_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$
                """).run()
        } else {
            for event in ["insert", "update", "delete"] { try await sql.raw("DROP TRIGGER divisions_hub_\(unsafeRaw: event)").run() }
        }
    }
}
