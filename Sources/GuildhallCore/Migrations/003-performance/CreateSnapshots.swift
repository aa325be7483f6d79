import FluentKit

struct CreateSnapshots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("snapshots")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("as_at", .string, .required)
            .field("taken_at", .datetime, .required)
            .field("taken_by", .string, .required)
            .field("figures", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("snapshots").delete()
    }
}
