import FluentKit

struct CreateServices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("services")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("division_id", .uuid, .required, .references("divisions", .id))
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .field("lgsl", .int)
            .field("description", .string, .required)
            .field("is_public", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("services").delete()
    }
}
