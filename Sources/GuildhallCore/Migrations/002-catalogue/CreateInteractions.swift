import FluentKit
import SQLKit

struct CreateInteractions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("interactions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("service_id", .uuid, .required, .references("services", .id, onDelete: .cascade))
            .field("division_id", .uuid, .required, .references("divisions", .id))
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
        // Covering indexes for the queries every dashboard makes: figures by division and type,
        // counts by date for the trajectory, and the at-risk list in target-date order.
        if let sql = database as? any SQLDatabase {
            let indexes = [
                ("interactions_for_figures", ["organisation_id", "applicable", "division_id", "type", "electronic", "e_enabled_on", "id"]),
                ("interactions_by_dates", ["organisation_id", "applicable", "e_enabled_on", "target_on", "electronic"]),
                ("interactions_at_risk", ["organisation_id", "applicable", "target_on", "type", "electronic", "e_enabled_on", "id"]),
            ]
            for (name, columns) in indexes {
                try await columns.reduce(sql.create(index: name).on("interactions")) { $0.column($1) }.run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("interactions").delete()
    }
}
