import FluentKit
import SQLKit

/// The outbox of messages to residents and officers, each organisation's GOV.UK Notify service,
/// and the one-question surveys sent when a case is closed.
struct CreateOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("event", .string, .required)
            .field("channel", .string, .required)
            .field("recipient", .string, .required)
            .field("recipient_name", .string, .required)
            .field("case_id", .uuid, .references("cases", .id))
            .field("resident_id", .uuid, .references("residents", .id))
            .field("user_id", .uuid, .references("users", .id))
            .field("reference", .string, .required)
            .field("personalisation", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime)
            .field("tries_since", .datetime, .required)
            .field("reason", .string)
            .field("sent_via", .string)
            .field("notify_id", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("settled_at", .datetime)
            .create()
        try await database.schema("notify_services")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("key_name", .string, .required)
            .field("service_id", .string, .required)
            .field("sealed_key", .string, .required)
            .field("base_url", .string, .required)
            .field("templates", .string, .required)
            .field("callback_token_hash", .string)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "organisation_id")
            .create()
        try await database.schema("satisfaction_surveys")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("case_id", .uuid, .required, .references("cases", .id))
            .field("service_id", .uuid, .required, .references("services", .id))
            .field("token_hash", .string, .required)
            .field("asked_on", .string, .required)
            .field("satisfied", .bool)
            .field("answered_at", .datetime)
            .unique(on: "token_hash")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX outbox_messages_due ON outbox_messages (status, next_attempt_at)").run()
        try await sql.raw("CREATE INDEX outbox_messages_list ON outbox_messages (organisation_id, status, created_at)").run()
        try await sql.raw("CREATE INDEX outbox_messages_case ON outbox_messages (case_id)").run()
        try await sql.raw("CREATE INDEX outbox_messages_resident ON outbox_messages (resident_id)").run()
        try await sql.raw("CREATE INDEX outbox_messages_notify ON outbox_messages (notify_id)").run()
        try await sql.raw("CREATE INDEX satisfaction_surveys_service ON satisfaction_surveys (organisation_id, service_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("satisfaction_surveys").delete()
        try await database.schema("notify_services").delete()
        try await database.schema("outbox_messages").delete()
    }
}
