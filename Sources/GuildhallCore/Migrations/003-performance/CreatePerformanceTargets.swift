import FluentKit

struct CreatePerformanceTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("performance_targets")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("due_on", .string, .required)
            .field("percent", .double, .required)
            .field("label", .string, .required)
            .unique(on: "organisation_id", "due_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("performance_targets").delete()
    }
}
