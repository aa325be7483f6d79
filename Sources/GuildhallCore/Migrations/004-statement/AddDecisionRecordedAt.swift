import FluentKit

/// When each decision was recorded, so that two decisions of one day keep their order.
struct AddDecisionRecordedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("decisions").field("recorded_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("decisions").deleteField("recorded_at").update()
    }
}
