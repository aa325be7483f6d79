import FluentKit

struct CreateBankHolidays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bank_holidays")
            .field("day", .string, .identifier(auto: false))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bank_holidays").delete()
    }
}
