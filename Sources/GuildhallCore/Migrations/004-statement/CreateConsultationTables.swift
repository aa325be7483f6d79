import FluentKit

/// Governing bodies, consultation rounds, comments and decisions.
struct CreateConsultationTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GoverningBody.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("kind", .string, .required)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("position", .int, .required)
            .unique(on: "organisation_id", "slug")
            .create()
        try await database.schema(Consultation.schema)
            .id()
            .field("statement_id", .uuid, .required, .references(Statement.schema, .id))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("body_id", .uuid, .required, .references(GoverningBody.schema, .id))
            .field("meeting_on", .string, .required)
            .field("revisions", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(Comment.schema)
            .id()
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("section", .string, .required)
            .field("text", .string, .required)
            .field("author_id", .uuid)
            .field("author", .string, .required)
            .field("created_at", .datetime, .required)
            .field("disposition", .string)
            .field("response", .string)
            .field("incorporated_in", .int)
            .create()
        try await database.schema(Decision.schema)
            .id()
            .field("statement_id", .uuid, .required, .references(Statement.schema, .id))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("body_id", .uuid, .required, .references(GoverningBody.schema, .id))
            .field("decided_on", .string, .required)
            .field("outcome", .string, .required)
            .field("minute", .string, .required)
            .field("delegated_to", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [Decision.schema, Comment.schema, Consultation.schema, GoverningBody.schema] {
            try await database.schema(schema).delete()
        }
    }
}
