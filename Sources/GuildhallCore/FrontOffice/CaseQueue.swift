import FluentKit
import Foundation
import SQLKit

/// Which open cases a work queue shows: a division's (or one officer's), narrowed by status,
/// officer, service, and whether they are overdue or due soon.
public struct CaseQueueFilter: Sendable, Equatable {
    public enum Due: String, CaseIterable, Sendable {
        case overdue
        /// Due within `CaseQueue.soonDays` working days.
        case soon
    }

    public var divisionID: UUID?
    public var officerID: UUID?
    public var status: CaseStatus?
    public var serviceID: UUID?
    public var due: Due?

    public init(divisionID: UUID? = nil, officerID: UUID? = nil, status: CaseStatus? = nil, serviceID: UUID? = nil, due: Due? = nil) {
        self.divisionID = divisionID
        self.officerID = officerID
        self.status = status
        self.serviceID = serviceID
        self.due = due
    }
}

public enum CaseQueue {
    /// Cases due within this many working days are due soon.
    public static let soonDays = 2

    /// One page of open cases, earliest due first; those with no due date come last.
    public static func page(_ filter: CaseQueueFilter, in organisationID: UUID, today: CalendarDay, calendar: WorkingCalendar,
                            requested: Int?, perPage: Int, on db: any Database) async throws -> (items: [Case], paging: Paging) {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        var condition: SQLQueryString = "c.organisation_id = \(bind: organisationID) AND c.is_open = \(bind: true)"
        if let divisionID = filter.divisionID { condition = condition + " AND c.division_id = \(bind: divisionID)" }
        if let officerID = filter.officerID { condition = condition + " AND c.officer_id = \(bind: officerID)" }
        if let status = filter.status { condition = condition + " AND c.status = \(bind: status.rawValue)" }
        if let serviceID = filter.serviceID { condition = condition + " AND c.service_id = \(bind: serviceID)" }
        switch filter.due {
        case .overdue: condition = condition + " AND c.next_due < \(bind: today.description)"
        case .soon:
            condition = condition + " AND c.next_due >= \(bind: today.description) AND c.next_due <= \(bind: calendar.workingDay(soonDays, after: today).description)"
        case nil: break
        }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM cases c WHERE \(condition)").first()?.decode(column: "n", as: Int.self) ?? 0
        let paging = Paging(requested: requested, perPage: perPage, total: total)
        let ids = try await sql.raw("""
            SELECT c.id AS id FROM cases c WHERE \(condition)
            ORDER BY CASE WHEN c.next_due IS NULL THEN 1 ELSE 0 END, c.next_due, c.received_at, c.id
            LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.range.lowerBound)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return ([], paging) }
        let cases = try await CaseRegister.loaded(Case.query(on: db).filter(\.$id ~~ ids)).all()
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return (cases.sorted { order[$0.id!]! < order[$1.id!]! }, paging)
    }

    /// How many of the queue's cases are overdue and due soon, for a home page.
    public static func counts(_ filter: CaseQueueFilter, in organisationID: UUID, today: CalendarDay, calendar: WorkingCalendar,
                              on db: any Database) async throws -> (overdue: Int, soon: Int) {
        var overdue = filter, soon = filter
        overdue.due = .overdue
        soon.due = .soon
        return (try await page(overdue, in: organisationID, today: today, calendar: calendar, requested: 1, perPage: 1, on: db).paging.total,
                try await page(soon, in: organisationID, today: today, calendar: calendar, requested: 1, perPage: 1, on: db).paging.total)
    }
}
