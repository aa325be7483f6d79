import FluentKit

/// The Local Government Service List, filled with the sample the product ships; a fuller list
/// can be loaded with `guildhall import lgsl`.
struct CreateLGSLServices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("lgsl_services")
            .field("code", .int, .identifier(auto: false))
            .field("description", .string, .required)
            .field("tier", .string, .required)
            .create()
        try await LGSLRegister.load(try LGSLRegister.parse(LGSLRegister.shippedSample()), on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("lgsl_services").delete()
    }
}
