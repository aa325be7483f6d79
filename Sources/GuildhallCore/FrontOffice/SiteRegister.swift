import FluentKit
import Foundation

/// INFO centres and the visitors waiting at each.
public enum SiteRegister {
    public static func all(in organisationID: UUID, on db: any Database) async throws -> [Site] {
        try await Site.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Site? {
        try await Site.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func add(name rawName: String, address rawAddress: String, openingHours rawHours: String, to organisationID: UUID,
                           by actor: Actor, at now: Date, on db: any Database) async throws -> Site {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        let address = rawAddress.trimmingCharacters(in: .whitespacesAndNewlines)
        let hours = rawHours.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if name.isEmpty { errors.add(field: "name", "Enter the INFO centre’s name") }
        else if try await Site.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$name == name).count() > 0 {
            errors.add(field: "name", "There is already an INFO centre called \(name)")
        }
        if address.isEmpty { errors.add(field: "address", "Enter the INFO centre’s address") }
        if hours.isEmpty { errors.add(field: "openingHours", "Enter the opening hours, like “Monday to Friday, 9am to 5pm”") }
        try errors.check()
        let site = Site(organisationID: organisationID, name: name, address: address, openingHours: hours)
        try await db.transaction { db in try await site.createAudited(by: actor, at: now, on: db) }
        return site
    }

    /// Visitors still waiting, longest first, and those called or gone today. Anyone left waiting
    /// from more than twelve hours ago went home long since.
    public static func queue(at site: Site, at now: Date, db: any Database) async throws -> (waiting: [Visit], today: [Visit]) {
        let since = min(CalendarDay(now).start, now.addingTimeInterval(-12 * 3600))
        let visits = try await Visit.query(on: db).filter(\.$site.$id == site.requireID()).filter(\.$arrivedAt >= since)
            .with(\.$resident).sort(\.$arrivedAt).all()
        let today = CalendarDay(now)
        return (visits.filter { $0.state == .waiting }, visits.filter { $0.state != .waiting && CalendarDay($0.arrivedAt) == today }.reversed())
    }

    public static func findVisit(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Visit? {
        try await Visit.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).with(\.$site).first()
    }

    /// A visitor arrives: a known resident, or a name, with the reason they came.
    public static func arrive(at site: Site, resident: Resident?, visitor rawVisitor: String, reason rawReason: String,
                              by actor: Actor, at now: Date, on db: any Database) async throws -> Visit {
        let visitor = rawVisitor.trimmingCharacters(in: .whitespaces)
        let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if resident == nil, visitor.isEmpty { errors.add(field: "visitor", "Enter the visitor’s name, or find them as a resident first") }
        if reason.isEmpty { errors.add(field: "reason", "Say why they have come, like “Council tax bill”") }
        else if reason.count > 500 { errors.add(field: "reason", "Reason must be 500 characters or fewer") }
        try errors.check()
        let visit = Visit()
        visit.$organisation.id = site.$organisation.id
        visit.$site.id = try site.requireID()
        visit.$resident.id = resident?.id
        visit.visitor = resident?.name ?? visitor
        visit.reason = reason
        visit.arrivedAt = now
        try await visit.create(on: db)
        return visit
    }

    /// The visitor is called to be seen, or is recorded as having left without being seen.
    public static func settle(_ visit: Visit, called: Bool, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard visit.state == .waiting else { throw FieldErrors(field: "visit", "\(visit.visitor) is no longer waiting") }
        if called {
            visit.calledAt = now
            visit.calledBy = actor.name
        } else {
            visit.leftAt = now
        }
        try await visit.save(on: db)
    }

    /// Visits called in the period measured against the wait standard: seen within it is met.
    /// Those who left without being seen are counted apart.
    public static func waits(in organisationID: UUID, from start: CalendarDay, to end: CalendarDay, standardMinutes: Int,
                             on db: any Database) async throws -> (seen: Tally, left: Int) {
        let visits = try await Visit.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$arrivedAt >= start.start).filter(\.$arrivedAt < end.adding(days: 1).start).all()
        var seen = Tally()
        for visit in visits where visit.state == .seen { seen.count(met: visit.minutesWaited(at: visit.calledAt!) <= standardMinutes) }
        return (seen, visits.filter { $0.state == .left }.count)
    }
}
