import FluentKit

struct CreateSectionRevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("section_revisions")
            .id()
            .field("section_id", .uuid, .required, .references("statement_sections", .id))
            .field("number", .int, .required)
            .field("content", .string, .required)
            .field("saved_by_id", .uuid)
            .field("saved_by", .string, .required)
            .field("saved_at", .datetime, .required)
            .unique(on: "section_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("section_revisions").delete()
    }
}
