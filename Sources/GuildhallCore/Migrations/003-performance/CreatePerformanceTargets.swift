import FluentKit

struct CreatePerformanceTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PerformanceTarget.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("due_on", .string, .required)
            .field("percent", .double, .required)
            .field("label", .string, .required)
            .unique(on: "organisation_id", "due_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PerformanceTarget.schema).delete()
    }
}
