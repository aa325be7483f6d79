import FluentKit

struct CreateDivisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("divisions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("divisions").delete()
    }
}
