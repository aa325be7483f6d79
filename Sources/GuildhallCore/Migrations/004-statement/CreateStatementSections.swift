import FluentKit

struct CreateStatementSections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("statement_sections")
            .id()
            .field("statement_id", .uuid, .required, .references("statements", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("key", .string, .required)
            .field("division_id", .uuid, .references("divisions", .id))
            .field("partner_id", .uuid, .references("organisations", .id))
            .field("owner_id", .uuid, .references("users", .id))
            .field("status", .string, .required)
            .field("content", .string)
            .field("revision", .int, .required)
            .unique(on: "statement_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("statement_sections").delete()
    }
}
