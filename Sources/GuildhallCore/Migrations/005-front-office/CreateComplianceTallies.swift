import FluentKit
import SQLKit

/// Met and breached due dates by day, and by month, for each standard, division and service, kept
/// as cases change, so that compliance over a year is read from a few thousand rows rather than
/// every case: whole months from the months, the days at either end from the days.
struct CreateComplianceTallies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("compliance_tallies")
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("day", .string, .required)
            .field("standard", .string, .required)
            .field("division_id", .uuid, .required)
            .field("service_id", .uuid, .required)
            .field("met", .int, .required)
            .field("breached", .int, .required)
            .unique(on: "organisation_id", "day", "standard", "division_id", "service_id")
            .create()
        try await database.schema("compliance_months")
            .field("organisation_id", .uuid, .required, .references("organisations", .id))
            .field("month", .string, .required)
            .field("standard", .string, .required)
            .field("division_id", .uuid, .required)
            .field("service_id", .uuid, .required)
            .field("met", .int, .required)
            .field("breached", .int, .required)
            .unique(on: "organisation_id", "month", "standard", "division_id", "service_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("compliance_months").delete()
        try await database.schema("compliance_tallies").delete()
    }
}
