import SQLKit

/// Triggers that make the database itself refuse to change or delete a table's rows, so that not
/// even a bug in the product can rewrite what was recorded.
enum PermanentRows {
    static func install(on table: String, message: String, in sql: any SQLDatabase) async throws {
        let name = "\(table)_are_permanent"
        switch sql.dialect.name {
        case "postgresql":
            try await sql.raw("""
                CREATE FUNCTION \(unsafeRaw: name)() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '\(unsafeRaw: message)'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: name) BEFORE UPDATE OR DELETE ON \(unsafeRaw: table)
                FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: name)()
                """).run()
        default:
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_refuse_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON \(unsafeRaw: table)
                    BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: message)'); END
                    """).run()
            }
        }
    }

    static func remove(from table: String, in sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return } // SQLite drops triggers with their table
        try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_are_permanent ON \(unsafeRaw: table)").run()
        try await sql.raw("DROP FUNCTION IF EXISTS \(unsafeRaw: table)_are_permanent()").run()
    }
}
