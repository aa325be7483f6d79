import FluentKit
import Foundation

/// Applicable interactions not e-enabled on a day whose target date has passed or falls within
/// the next `window` days: the work the programme team must chase.
public enum AtRisk {
    public static let window = 30

    public static func query(_ organisationID: UUID, on day: CalendarDay, db: any Database) -> QueryBuilder<Interaction> {
        Interaction.query(on: db)
            .filter(\.$organisation.$id == organisationID)
            .filter(\.$applicable == true)
            .filter(\.$targetOn != nil)
            .filter(\.$targetOn <= day.adding(days: window))
            .group(.or) { notYet in
                notYet.filter(\.$electronic == false).filter(\.$eEnabledOn == nil).filter(\.$eEnabledOn > day)
            }
    }

    /// The first `limit` by target date, with their services and divisions, and how many there are.
    public static func list(_ organisationID: UUID, on day: CalendarDay, limit: Int?, db: any Database) async throws -> (items: [Interaction], total: Int) {
        let total = try await query(organisationID, on: day, db: db).count()
        let listed = query(organisationID, on: day, db: db)
            .with(\.$service) { $0.with(\.$division) }
            .sort(\.$targetOn).sort(\.$type)
        if let limit { listed.limit(limit) }
        return (try await listed.all(), total)
    }
}
