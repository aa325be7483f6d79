import FluentKit
import SQLKit

/// Submissions, which the database refuses to change or delete, and central reviewers' reviews.
struct CreateSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .id()
            .field("statement_id", .uuid, .required, .references("statements", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("kind", .string, .required)
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("submitted_at", .datetime, .required)
            .field("submitted_by", .string, .required)
            .field("data", .string, .required)
            .field("sha256", .string, .required)
            .field("html", .string, .required)
            .field("bvpi157", .double)
            // One submission per version: a second, racing submission of the same version fails.
            .unique(on: "statement_id", "version")
            .create()
        try await database.schema("submission_reviews")
            .id()
            .field("submission_id", .uuid, .required, .references("submissions", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("outcome", .string, .required)
            .field("reasons", .string, .required)
            .field("grant", .int)
            .field("reviewer", .string, .required)
            .field("reviewed_at", .datetime, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await PermanentRows.install(on: "submissions", message: "submissions cannot be changed or deleted", in: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("submission_reviews").delete()
        if let sql = database as? any SQLDatabase { try await PermanentRows.remove(from: "submissions", in: sql) }
        try await database.schema("submissions").delete()
    }
}
