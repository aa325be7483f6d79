import FluentKit
import SQLKit

struct CreateInteractions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Interaction.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("service_id", .uuid, .required, .references(Service.schema, .id, onDelete: .cascade))
            .field("division_id", .uuid, .required, .references(Division.schema, .id))
            .field("type", .int, .required)
            .field("applicable", .bool, .required)
            .field("channels", .string, .required)
            .field("electronic", .bool, .required)
            .field("e_enabled_on", .string)
            .field("target_on", .string)
            .field("evidence_url", .string)
            .field("standard_days", .int)
            .field("notes", .string, .required)
            .field("owner", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "service_id", "type")
            .create()
        // Covering indexes for the two queries every dashboard makes: figures by division and
        // type, and counts by date for the trajectory.
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "interactions_for_figures").on(Interaction.schema)
                .column("organisation_id").column("applicable").column("division_id").column("type").column("electronic").column("e_enabled_on").run()
            try await sql.create(index: "interactions_by_dates").on(Interaction.schema)
                .column("organisation_id").column("applicable").column("e_enabled_on").column("target_on").column("electronic").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Interaction.schema).delete()
    }
}
