import FluentKit
import SQLKit

/// A number the database itself moves on whenever anything the Hub's public pages or Open311's
/// service list show changes (organisations, divisions, services, interactions, forms, INFO
/// centres, the LGSL list, the home council), whichever node or program makes the change. Every
/// node's page cache compares it. On PostgreSQL each move is also announced on
/// `HubVersion.channel` when its transaction commits, so a serving node can listen rather than
/// read the version for every page; SQLite has no other process to tell.
struct CreateHubVersion: AsyncMigration {
    static let tables = ["organisations", "divisions", "services", "interactions", "online_forms", "sites", "lgsl_services"]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE TABLE hub_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)").run()
        try await sql.raw("INSERT INTO hub_version (id, version) VALUES (1, 0)").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE FUNCTION hub_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE hub_version SET version = version + 1 WHERE id = 1;
                    PERFORM pg_notify('\(unsafeRaw: HubVersion.channel)', '');
                    RETURN NULL;
                END $$
                """).run()
            for table in Self.tables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_hub AFTER INSERT OR UPDATE OR DELETE ON \(unsafeRaw: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION hub_changed()
                    """).run()
            }
            try await sql.raw("""
                CREATE TRIGGER settings_hub AFTER INSERT OR UPDATE ON settings
                FOR EACH ROW WHEN (NEW.key = 'home-council') EXECUTE FUNCTION hub_changed()
                """).run()
        } else {
            for table in Self.tables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_hub_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN UPDATE hub_version SET version = version + 1 WHERE id = 1; END
                        """).run()
                }
            }
            for event in ["INSERT", "UPDATE"] {
                try await sql.raw("""
                    CREATE TRIGGER settings_hub_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON settings WHEN NEW.key = 'home-council'
                    BEGIN UPDATE hub_version SET version = version + 1 WHERE id = 1; END
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            for table in Self.tables { try await sql.raw("DROP TRIGGER \(unsafeRaw: table)_hub ON \(unsafeRaw: table)").run() }
            try await sql.raw("DROP TRIGGER settings_hub ON settings").run()
            try await sql.raw("DROP FUNCTION hub_changed()").run()
        } else {
            for table in Self.tables {
                for event in ["insert", "update", "delete"] { try await sql.raw("DROP TRIGGER \(unsafeRaw: table)_hub_\(unsafeRaw: event)").run() }
            }
            for event in ["insert", "update"] { try await sql.raw("DROP TRIGGER settings_hub_\(unsafeRaw: event)").run() }
        }
        try await sql.raw("DROP TABLE hub_version").run()
    }
}
