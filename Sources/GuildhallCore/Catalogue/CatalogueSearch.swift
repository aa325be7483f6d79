import FluentKit
import Foundation
import SQLKit

/// The catalogue list's filters: words in the name or an LGSL identifier, a division, and
/// services with an interaction of a type and status.
public struct CatalogueFilter: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable {
        case eEnabled = "e-enabled", planned, overdue, notApplicable = "not-applicable", noTarget = "no-target", atRisk = "at-risk"

        public var label: String {
            self == .atRisk ? "At risk (target within \(AtRisk.window) days or passed)" : InteractionStatus(rawValue: rawValue)!.label
        }
    }

    public var text: String
    public var divisionID: UUID?
    public var type: InteractionType?
    public var status: Status?

    public init(text: String = "", divisionID: UUID? = nil, type: InteractionType? = nil, status: Status? = nil) {
        self.text = text.trimmingCharacters(in: .whitespaces)
        self.divisionID = divisionID
        self.type = type
        self.status = status
    }
}

public enum CatalogueSearch {
    /// One page of the organisation's services that match, by name, with divisions and interactions.
    public static func page(
        _ filter: CatalogueFilter, in organisationID: UUID, on day: CalendarDay, requested: Int?, perPage: Int, db: any Database
    ) async throws -> (items: [Service], paging: Paging) {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let conditions = matching(filter, organisationID: organisationID, day: day)
        let countRow = try await sql.raw("SELECT COUNT(*) AS n FROM services s WHERE \(conditions)").first()
        let paging = Paging(requested: requested, perPage: perPage, total: try countRow?.decode(column: "n", as: Int.self) ?? 0)
        let ids = try await sql.raw("""
            SELECT s.id AS id FROM services s WHERE \(conditions)
            ORDER BY LOWER(s.name), s.slug LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.range.lowerBound)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return ([], paging) }
        let services = try await Service.query(on: db).filter(\.$id ~~ ids).with(\.$division).with(\.$interactions).all()
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return (services.sorted { order[$0.id!]! < order[$1.id!]! }, paging)
    }

    static func matching(_ filter: CatalogueFilter, organisationID: UUID, day: CalendarDay) -> SQLQueryString {
        var query: SQLQueryString = "s.organisation_id = \(bind: organisationID)"
        if !filter.text.isEmpty {
            let pattern = "%" + filter.text.lowercased()
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            if let code = Int(filter.text) {
                query = query + " AND (LOWER(s.name) LIKE \(bind: pattern) ESCAPE '\\' OR s.lgsl = \(bind: code))"
            } else {
                query = query + " AND LOWER(s.name) LIKE \(bind: pattern) ESCAPE '\\'"
            }
        }
        if let divisionID = filter.divisionID {
            query = query + " AND s.division_id = \(bind: divisionID)"
        }
        if filter.type != nil || filter.status != nil {
            var interaction: SQLQueryString = "i.service_id = s.id"
            if let type = filter.type { interaction = interaction + " AND i.type = \(bind: type.code)" }
            if let status = filter.status { interaction = interaction + " AND " + condition(status, day: day) }
            query = query + " AND EXISTS (SELECT 1 FROM interactions i WHERE \(interaction))"
        }
        return query
    }

    /// The SQL form of an interaction's status on `day`, matching `InteractionStatus`.
    static func condition(_ status: CatalogueFilter.Status, day: CalendarDay) -> SQLQueryString {
        let today = day.description
        let notEnabled: SQLQueryString = "(NOT i.electronic OR i.e_enabled_on IS NULL OR i.e_enabled_on > \(bind: today))"
        switch status {
        case .eEnabled: return "(i.applicable AND i.electronic AND i.e_enabled_on <= \(bind: today))"
        case .planned: return "(i.applicable AND " + notEnabled + " AND i.target_on >= \(bind: today))"
        case .overdue: return "(i.applicable AND " + notEnabled + " AND i.target_on < \(bind: today))"
        case .notApplicable: return "(NOT i.applicable)"
        case .noTarget: return "(i.applicable AND " + notEnabled + " AND i.target_on IS NULL)"
        case .atRisk: return "(i.applicable AND " + notEnabled + " AND i.target_on <= \(bind: day.adding(days: AtRisk.window).description))"
        }
    }
}
