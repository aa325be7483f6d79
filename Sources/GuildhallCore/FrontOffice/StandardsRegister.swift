import FluentKit
import Foundation

/// The organisation's customer service standards and closure days, and the working calendar
/// they make with the bank holidays in force.
public enum StandardsRegister {
    /// The standards in force: the organisation's own, or the defaults.
    public static func standards(for organisationID: UUID, on db: any Database) async throws -> CustomerStandards {
        try await CustomerStandards.query(on: db).filter(\.$organisation.$id == organisationID).first()
            ?? CustomerStandards(organisationID: organisationID, reply: .defaults, waitMinutes: CustomerStandards.defaultWaitMinutes)
    }

    public static func calendar(for organisationID: UUID, on db: any Database) async throws -> WorkingCalendar {
        try await WorkingCalendar.inForce(closures: closures(in: organisationID, on: db).map(\.day), on: db)
    }

    public static func closures(in organisationID: UUID, on db: any Database) async throws -> [ClosureDay] {
        try await ClosureDay.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$day).all()
    }

    /// Sets the reply standard on each channel (blank for none) and the INFO centre wait.
    public static func save(replyDays typed: [ContactChannel: String], waitMinutes rawWait: String, for organisationID: UUID,
                            by actor: Actor, at now: Date, on db: any Database) async throws {
        var errors = FieldErrors()
        var days: [ContactChannel: Int] = [:]
        for channel in ContactChannel.allCases {
            let text = (typed[channel] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if let value = Int(text), (1...250).contains(value) { days[channel] = value }
            else { errors.add(field: "reply-\(channel.rawValue)", "Enter a whole number of working days from 1 to 250, or leave it blank for no standard") }
        }
        let wait = Int(rawWait.trimmingCharacters(in: .whitespaces))
        if wait == nil || !(1...480).contains(wait!) { errors.add(field: "waitMinutes", "Enter a whole number of minutes from 1 to 480") }
        try errors.check()
        let reply = ReplyStandards(days: days)
        try await db.transaction { db in
            if let existing = try await CustomerStandards.query(on: db).filter(\.$organisation.$id == organisationID).first() {
                try await existing.updateAudited(by: actor, at: now, on: db) {
                    $0.reply = reply
                    $0.waitMinutes = wait!
                }
            } else {
                try await CustomerStandards(organisationID: organisationID, reply: reply, waitMinutes: wait!)
                    .createAudited(by: actor, at: now, on: db)
            }
        }
    }

    public static func addClosure(day rawDay: String, label rawLabel: String, to organisationID: UUID,
                                  by actor: Actor, at now: Date, on db: any Database) async throws -> ClosureDay {
        var errors = FieldErrors()
        let day = CalendarDay(rawDay.trimmingCharacters(in: .whitespaces))
        let label = rawLabel.trimmingCharacters(in: .whitespaces)
        if day == nil { errors.add(field: "day", "Enter the date as YYYY-MM-DD, like 2026-12-29") }
        if label.isEmpty { errors.add(field: "label", "Say why the offices are closed, like “Christmas closure”") }
        else if label.count > 120 { errors.add(field: "label", "Reason must be 120 characters or fewer") }
        if let day, try await ClosureDay.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$day == day).count() > 0 {
            errors.add(field: "day", "\(day.longDescription) is already a closure day")
        }
        try errors.check()
        let closure = ClosureDay(organisationID: organisationID, day: day!, label: label)
        try await db.transaction { db in try await closure.createAudited(by: actor, at: now, on: db) }
        return closure
    }

    public static func findClosure(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> ClosureDay? {
        try await ClosureDay.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func removeClosure(_ closure: ClosureDay, by actor: Actor, at now: Date, on db: any Database) async throws {
        try await db.transaction { db in
            try await closure.delete(on: db)
            try await AuditRegister.record(.deleted, entity: ClosureDay.auditEntity, entityID: closure.requireID().uuidString,
                                           organisationID: closure.$organisation.id, before: closure.auditFields, after: nil, by: actor, at: now, on: db)
        }
    }

    /// The last bank holiday known, and whether the list runs out within a year of `today`, when
    /// due dates beyond it would count holidays as working days.
    public static func bankHolidayCoverage(on today: CalendarDay, db: any Database) async throws -> (last: CalendarDay?, endsSoon: Bool) {
        let last = try await BankHolidays.inForce(on: db).max()
        return (last, last.map { $0 < today.adding(months: 12) } ?? true)
    }
}
