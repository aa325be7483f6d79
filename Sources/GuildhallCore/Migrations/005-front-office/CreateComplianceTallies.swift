import FluentKit
import SQLKit

/// Met and breached due dates by day, standard, division and service, kept as cases change, so
/// that compliance over a year is read from a few thousand rows rather than every case.
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
    }

    func revert(on database: any Database) async throws {
        try await database.schema("compliance_tallies").delete()
    }
}
