import FluentKit

struct CreateStatementSections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StatementSection.schema)
            .id()
            .field("statement_id", .uuid, .required, .references(Statement.schema, .id))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("key", .string, .required)
            .field("division_id", .uuid, .references(Division.schema, .id))
            .field("partner_id", .uuid, .references(Organisation.schema, .id))
            .field("owner_id", .uuid, .references(User.schema, .id))
            .field("status", .string, .required)
            .field("content", .string)
            .field("revision", .int, .required)
            .unique(on: "statement_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StatementSection.schema).delete()
    }
}
