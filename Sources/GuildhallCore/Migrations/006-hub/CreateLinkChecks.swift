import FluentKit
import SQLKit

struct CreateLinkChecks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("link_checks")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("interaction_id", .uuid, .required, .references("interactions", .id))
            .field("url", .string, .required)
            .field("checked_at", .datetime, .required)
            .field("checked_on", .string, .required)
            .field("status", .int)
            .field("ok", .bool, .required)
            .field("problem", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX link_checks_interaction ON link_checks (interaction_id, checked_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("link_checks").delete()
    }
}
