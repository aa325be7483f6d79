import FluentKit
import SQLKit

/// The audit trail, which the database itself refuses to change or delete.
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
        try await PermanentRows.install(on: AuditEntry.schema, message: "audit entries cannot be changed or deleted", in: sql)
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await PermanentRows.remove(from: AuditEntry.schema, in: sql) }
        try await database.schema(AuditEntry.schema).delete()
    }
}
