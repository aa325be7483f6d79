import FluentKit
import SQLKit

/// The audit trail, with triggers that make the database itself refuse to change or delete an
/// entry, so that not even a bug in the product can rewrite history.
struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("organisation_id", .uuid)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("occurred_at", .datetime, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_entries_by_organisation_and_time")
            .on(AuditEntry.schema).column("organisation_id").column("occurred_at").run()
        switch sql.dialect.name {
        case "postgresql":
            try await sql.raw("""
                CREATE FUNCTION audit_entries_are_permanent() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_entries_are_permanent BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_are_permanent()
                """).run()
        default:
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_entries_refuse_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER IF EXISTS audit_entries_are_permanent ON audit_entries").run()
            try await sql.raw("DROP FUNCTION IF EXISTS audit_entries_are_permanent()").run()
        }
        try await database.schema(AuditEntry.schema).delete()
    }
}
