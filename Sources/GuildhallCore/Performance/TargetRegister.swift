import FluentKit
import Foundation

/// The organisation's target and interim milestones: each a percentage by a date.
public enum TargetRegister {
    public static func all(in organisationID: UUID, on db: any Database) async throws -> [PerformanceTarget] {
        try await PerformanceTarget.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$dueOn).all()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> PerformanceTarget? {
        try await PerformanceTarget.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func add(
        dueOn rawDay: String, percent rawPercent: String, label rawLabel: String, to organisationID: UUID,
        by actor: Actor, at now: Date, on db: any Database
    ) async throws -> PerformanceTarget {
        var errors = FieldErrors()
        let day = CalendarDay(rawDay.trimmingCharacters(in: .whitespaces))
        if day == nil { errors.add(field: "dueOn", "Enter the date as YYYY-MM-DD, like 2004-03-31") }
        let percent = Double(rawPercent.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
        if percent == nil || !(0...100).contains(percent!) { errors.add(field: "percent", "Enter a percentage from 0 to 100, like 100") }
        let label = rawLabel.trimmingCharacters(in: .whitespaces)
        if label.count > 120 { errors.add(field: "label", "Description must be 120 characters or fewer") }
        if let day, try await PerformanceTarget.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$dueOn == day).count() > 0 {
            errors.add(field: "dueOn", "There is already a milestone on \(day.longDescription)")
        }
        try errors.check()
        let target = PerformanceTarget(organisationID: organisationID, dueOn: day!, percent: percent!, label: label)
        try await db.transaction { db in try await target.createAudited(by: actor, at: now, on: db) }
        return target
    }

    public static func remove(_ target: PerformanceTarget, by actor: Actor, at now: Date, on db: any Database) async throws {
        try await db.transaction { db in
            let before = target.auditFields
            try await target.delete(on: db)
            try await AuditRegister.record(.deleted, entity: PerformanceTarget.auditEntity, entityID: target.requireID().uuidString,
                                      organisationID: target.$organisation.id, before: before, after: nil, by: actor, at: now, on: db)
        }
    }
}
