import FluentKit
import SQLKit

/// The audit trail, which the database itself refuses to change or delete.
struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
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
            .on("audit_entries").column("organisation_id").column("occurred_at").run()
        try await PermanentRows.install(on: "audit_entries", message: "audit entries cannot be changed or deleted", in: sql)
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await PermanentRows.remove(from: "audit_entries", in: sql) }
        try await database.schema("audit_entries").delete()
    }
}
