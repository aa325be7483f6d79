import FluentKit

struct CreateOpen311Keys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("open311_keys")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("name", .string, .required)
            .field("key_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "key_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("open311_keys").delete()
    }
}
