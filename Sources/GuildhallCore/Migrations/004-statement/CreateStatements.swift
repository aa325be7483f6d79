import FluentKit

struct CreateStatements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("statements")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("year", .int, .required)
            .field("pro_forma", .string, .required)
            .field("deadline_on", .string)
            .field("version", .int, .required)
            .field("is_closed", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "organisation_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("statements").delete()
    }
}
