import FluentKit
import SQLKit

/// Online forms, one to a service.
struct CreateOnlineForms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("online_forms")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("service_id", .uuid, .required, .references("services", .id))
            .field("interaction_type", .int, .required)
            .field("published_from", .string)
            .field("definition", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "service_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX online_forms_published ON online_forms (organisation_id, published_from)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("online_forms").delete()
    }
}
