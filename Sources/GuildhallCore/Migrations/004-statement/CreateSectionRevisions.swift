import FluentKit

struct CreateSectionRevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SectionRevision.schema)
            .id()
            .field("section_id", .uuid, .required, .references(StatementSection.schema, .id))
            .field("number", .int, .required)
            .field("content", .string, .required)
            .field("saved_by_id", .uuid)
            .field("saved_by", .string, .required)
            .field("saved_at", .datetime, .required)
            .unique(on: "section_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SectionRevision.schema).delete()
    }
}
