import FluentKit
import Foundation

/// Which part of the audit trail to show: one organisation's, narrowed by dates, person and entity.
public struct AuditFilter: Sendable, Equatable {
    public var from: Date?
    /// Exclusive: the start of the day after the last day asked for.
    public var until: Date?
    public var actorID: UUID?
    public var entity: String?

    public init(from: Date? = nil, until: Date? = nil, actorID: UUID? = nil, entity: String? = nil) {
        self.from = from
        self.until = until
        self.actorID = actorID
        self.entity = entity
    }
}

/// Reading the audit trail. There is deliberately nothing here that changes an entry.
public enum AuditTrail {
    public static func query(_ filter: AuditFilter, in organisationID: UUID, on db: any Database) -> QueryBuilder<AuditEntry> {
        let query = AuditEntry.query(on: db).filter(\.$organisationID == organisationID)
        if let from = filter.from { query.filter(\.$occurredAt >= from) }
        if let until = filter.until { query.filter(\.$occurredAt < until) }
        if let actorID = filter.actorID { query.filter(\.$actorID == actorID) }
        if let entity = filter.entity { query.filter(\.$entity == entity) }
        return query.sort(\.$occurredAt, .descending).sort(\.$id)
    }

    public static func page(_ filter: AuditFilter, _ requested: Int?, perPage: Int, in organisationID: UUID, on db: any Database) async throws -> (items: [AuditEntry], paging: Paging) {
        try await query(filter, in: organisationID, on: db).paged(requested, perPage: perPage)
    }

    /// The entity names that appear in this organisation's trail, for the filter's choices.
    public static func entities(in organisationID: UUID, on db: any Database) async throws -> [String] {
        try await AuditEntry.query(on: db).filter(\.$organisationID == organisationID).unique().all(\.$entity).sorted()
    }

    public static let csvHeader = ["occurred_at", "actor", "actor_id", "action", "entity", "entity_id", "before", "after"]

    /// The filtered trail as CSV, newest first as on the page, times in UTC (ISO 8601).
    public static func csv(_ filter: AuditFilter, in organisationID: UUID, on db: any Database) async throws -> String {
        let entries = try await query(filter, in: organisationID, on: db).all()
        let iso = ISO8601DateFormatter()
        return try CSVDocument.write(header: csvHeader, rows: entries.map { entry in
            [
                iso.string(from: entry.occurredAt), entry.actorName, entry.actorID?.uuidString ?? "", entry.action,
                entry.entity, entry.entityID, entry.before ?? "", entry.after ?? "",
            ]
        })
    }
}
