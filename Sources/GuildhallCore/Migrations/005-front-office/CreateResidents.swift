import FluentKit
import SQLKit

/// Residents, the pairs said not to be the same person, who opened whose record, and the
/// search index: FTS5 with trigrams on SQLite, a trigram GIN index on PostgreSQL.
struct CreateResidents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("residents")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("address", .string, .required)
            .field("postcode", .string)
            .field("uprn", .string)
            .field("preferred_channel", .string)
            .field("consents_to_email", .bool, .required)
            .field("consents_to_text", .bool, .required)
            .field("needs", .string, .required)
            .field("notes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("merged_into_id", .uuid, .references("residents", .id))
            .field("email_key", .string)
            .field("phone_key", .string)
            .field("surname_key", .string)
            .field("postcode_key", .string)
            .field("search_text", .string, .required)
            .create()
        try await database.schema("resident_distinctions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("first_id", .uuid, .required, .references("residents", .id))
            .field("second_id", .uuid, .required, .references("residents", .id))
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "first_id", "second_id")
            .create()
        try await database.schema("record_views")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("resident_id", .uuid, .required, .references("residents", .id))
            .field("user_id", .uuid)
            .field("viewer", .string, .required)
            .field("via", .string, .required)
            .field("viewed_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Each key's matches come out in the order of their folded names straight from its index,
        // which also answers whether they have the other words of a search without reading a row.
        for key in ["email_key", "phone_key", "surname_key", "postcode_key"] {
            try await sql.raw("CREATE INDEX \(unsafeRaw: "residents_\(key)") ON residents (organisation_id, \(unsafeRaw: key), search_text)").run()
        }
        try await sql.raw("CREATE INDEX record_views_resident ON record_views (resident_id, viewed_at)").run()
        if sql.dialect.name == "postgresql" {
            let schema = try await trigramSchema(sql)
            try await sql.raw("CREATE INDEX residents_search_trigrams ON residents USING gin (search_text \(ident: schema).gin_trgm_ops)").run()
        } else {
            try await sql.raw("CREATE VIRTUAL TABLE resident_search USING fts5(search_text, content='residents', content_rowid='rowid', tokenize='trigram')").run()
            try await sql.raw("""
                CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN
                  INSERT INTO resident_search(rowid, search_text) VALUES (new.rowid, new.search_text);
                END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER residents_search_delete AFTER DELETE ON residents BEGIN
                  INSERT INTO resident_search(resident_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
                END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER residents_search_update AFTER UPDATE OF search_text ON residents BEGIN
                  INSERT INTO resident_search(resident_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
                  INSERT INTO resident_search(rowid, search_text) VALUES (new.rowid, new.search_text);
                END
                """).run()
        }
    }

    /// The schema that holds `pg_trgm`, installing it in `public` when the database has it nowhere.
    /// The extension belongs to the whole database, so two migrations at once take turns.
    private func trigramSchema(_ sql: any SQLDatabase) async throws -> String {
        func installed() async throws -> String? {
            try await sql.raw("""
                SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'
                """).first()?.decode(column: "schema", as: String.self)
        }
        if let schema = try await installed() { return schema }
        try await sql.raw("SELECT pg_advisory_lock(1579131)").run()
        do {
            if try await installed() == nil { try await sql.raw("CREATE EXTENSION pg_trgm SCHEMA public").run() }
            try await sql.raw("SELECT pg_advisory_unlock(1579131)").run()
        } catch {
            try? await sql.raw("SELECT pg_advisory_unlock(1579131)").run()
            throw error
        }
        return try await installed() ?? "public"
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name != "postgresql" {
            for trigger in ["residents_search_insert", "residents_search_delete", "residents_search_update"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS resident_search").run()
        }
        for schema in ["record_views", "resident_distinctions", "residents"] {
            try await database.schema(schema).delete()
        }
    }
}
