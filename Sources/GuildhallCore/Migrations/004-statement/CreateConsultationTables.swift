import FluentKit

/// Governing bodies, consultation rounds, comments and decisions.
struct CreateConsultationTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("governing_bodies")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("kind", .string, .required)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("position", .int, .required)
            .unique(on: "organisation_id", "slug")
            .create()
        try await database.schema("consultations")
            .id()
            .field("statement_id", .uuid, .required, .references("statements", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("body_id", .uuid, .required, .references("governing_bodies", .id))
            .field("meeting_on", .string, .required)
            .field("revisions", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("comments")
            .id()
            .field("consultation_id", .uuid, .required, .references("consultations", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("section", .string, .required)
            .field("text", .string, .required)
            .field("author_id", .uuid)
            .field("author", .string, .required)
            .field("created_at", .datetime, .required)
            .field("disposition", .string)
            .field("response", .string)
            .field("incorporated_in", .int)
            .create()
        try await database.schema("decisions")
            .id()
            .field("statement_id", .uuid, .required, .references("statements", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("body_id", .uuid, .required, .references("governing_bodies", .id))
            .field("decided_on", .string, .required)
            .field("outcome", .string, .required)
            .field("minute", .string, .required)
            .field("delegated_to", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in ["decisions", "comments", "consultations", "governing_bodies"] {
            try await database.schema(schema).delete()
        }
    }
}
