import FluentKit
import SQLKit

/// Cases with their history, contacts, and INFO centre visits.
struct CreateCasesAndContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("cases")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("reference", .string, .required)
            .field("service_id", .uuid, .required, .references("services", .id))
            .field("interaction_type", .int, .required)
            .field("description", .string, .required)
            .field("location_address", .string, .required)
            .field("location_postcode", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("channel", .string, .required)
            .field("site_id", .uuid, .references("sites", .id))
            .field("client", .string)
            .field("resident_id", .uuid, .references("residents", .id))
            .field("received_at", .datetime, .required)
            .field("received_on", .string, .required)
            .field("status", .string, .required)
            .field("is_open", .bool, .required)
            .field("priority", .string, .required)
            .field("division_id", .uuid, .required, .references("divisions", .id))
            .field("officer_id", .uuid, .references("users", .id))
            .field("duplicate_of_id", .uuid, .references("cases", .id))
            .field("reply_by", .string)
            .field("resolve_by", .string)
            .field("replied_on", .string)
            .field("closed_on", .string)
            .field("waiting_since", .string)
            .field("next_due", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        try await database.schema("case_steps")
            .id()
            .field("case_id", .uuid, .required, .references("cases", .id))
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("position", .int, .required)
            .field("occurred_at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("changes", .string, .required)
            .field("public_note", .string)
            .field("internal_note", .string)
            .unique(on: "case_id", "position")
            .create()
        try await database.schema("contacts")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("channel", .string, .required)
            .field("site_id", .uuid, .references("sites", .id))
            .field("client", .string)
            .field("occurred_at", .datetime, .required)
            .field("occurred_on", .string, .required)
            .field("staff_id", .uuid)
            .field("staff_name", .string, .required)
            .field("resident_id", .uuid, .references("residents", .id))
            .field("service_id", .uuid, .required, .references("services", .id))
            .field("interaction_type", .int, .required)
            .field("outcome", .string, .required)
            .field("notes", .string, .required)
            .field("case_id", .uuid, .references("cases", .id))
            .create()
        try await database.schema("visits")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("site_id", .uuid, .required, .references("sites", .id))
            .field("resident_id", .uuid, .references("residents", .id))
            .field("visitor", .string, .required)
            .field("reason", .string, .required)
            .field("arrived_at", .datetime, .required)
            .field("called_at", .datetime)
            .field("called_by", .string)
            .field("left_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        let indexes = [
            "cases_queue": "cases (organisation_id, division_id, is_open, next_due)",
            "cases_resident": "cases (resident_id)",
            "cases_replied": "cases (organisation_id, replied_on)",
            "cases_closed": "cases (organisation_id, closed_on)",
            "cases_received": "cases (organisation_id, received_on)",
            "contacts_resident": "contacts (resident_id)",
            "contacts_occurred": "contacts (organisation_id, occurred_on)",
            "visits_site": "visits (site_id, arrived_at)",
        ]
        for (name, target) in indexes.sorted(by: { $0.key < $1.key }) {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: target)").run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in ["visits", "contacts", "case_steps", "cases"] {
            try await database.schema(schema).delete()
        }
    }
}
