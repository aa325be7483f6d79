import FluentKit

/// The organisation's customer service standards and closure days, its INFO centres with their
/// visitor queues, and the centre each member of staff works at.
struct CreateStandardsAndSites: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("customer_standards")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("reply_days", .string, .required)
            .field("wait_minutes", .int, .required)
            .unique(on: "organisation_id")
            .create()
        try await database.schema("closure_days")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("day", .string, .required)
            .field("label", .string, .required)
            .unique(on: "organisation_id", "day")
            .create()
        try await database.schema("sites")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("name", .string, .required)
            .field("address", .string, .required)
            .field("opening_hours", .string, .required)
            .unique(on: "organisation_id", "name")
            .create()
        try await database.schema("users")
            .field("site_id", .uuid, .references("sites", .id))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("site_id").update()
        for schema in ["sites", "closure_days", "customer_standards"] {
            try await database.schema(schema).delete()
        }
    }
}
