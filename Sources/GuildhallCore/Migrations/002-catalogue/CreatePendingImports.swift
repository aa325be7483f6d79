import FluentKit

struct CreatePendingImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_imports")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("user_id", .uuid, .required, .references("users", .id))
            .field("filename", .string, .required)
            .field("contents", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_imports").delete()
    }
}
