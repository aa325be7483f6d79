import FluentKit
import Foundation
import SQLKit

/// A count of e-enabled interactions out of the applicable ones, and its percentage.
public struct Figure: Sendable, Equatable, Codable {
    public var eEnabled: Int
    public var applicable: Int

    public init(eEnabled: Int, applicable: Int) {
        self.eEnabled = eEnabled
        self.applicable = applicable
    }

    /// e-enabled ÷ applicable × 100, rounded half up to two decimal places; nil when nothing is
    /// applicable, since no figure is not the same as zero.
    public var percent: Double? { Percentage.of(eEnabled, in: applicable) }

    static func + (lhs: Figure, rhs: Figure) -> Figure {
        Figure(eEnabled: lhs.eEnabled + rhs.eEnabled, applicable: lhs.applicable + rhs.applicable)
    }

    static let zero = Figure(eEnabled: 0, applicable: 0)

    enum CodingKeys: String, CodingKey { case eEnabled, applicable, percent }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(eEnabled: try container.decode(Int.self, forKey: .eEnabled), applicable: try container.decode(Int.self, forKey: .applicable))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(eEnabled, forKey: .eEnabled)
        try container.encode(applicable, forKey: .applicable)
        try container.encode(percent, forKey: .percent) // null, not absent, when there is no figure
    }
}

/// BVPI 157 for one organisation on one day: overall, for each interaction type and each division.
public struct BVPI157Report: Sendable, Equatable, Codable {
    public struct TypeFigure: Sendable, Equatable, Codable {
        public var type: InteractionType
        public var figure: Figure

        enum CodingKeys: String, CodingKey { case code, label }

        public init(type: InteractionType, figure: Figure) {
            self.type = type
            self.figure = figure
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard let type = InteractionType(rawValue: try container.decode(Int.self, forKey: .code)) else {
                throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "unknown interaction type")
            }
            self.init(type: type, figure: try Figure(from: decoder))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type.code, forKey: .code)
            try container.encode(type.label, forKey: .label)
            try figure.encode(to: encoder)
        }
    }

    public struct DivisionFigure: Sendable, Equatable, Codable {
        public var division: String
        public var figure: Figure

        enum CodingKeys: String, CodingKey { case division }

        public init(division: String, figure: Figure) {
            self.division = division
            self.figure = figure
        }

        public init(from decoder: any Decoder) throws {
            self.init(division: try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .division), figure: try Figure(from: decoder))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(division, forKey: .division)
            try figure.encode(to: encoder)
        }
    }

    public var organisation: String
    public var on: CalendarDay
    public var overall: Figure
    /// The interactions residents can be shown to use: published forms and evidence URLs that
    /// answered when last checked. Absent from reports frozen before it was counted.
    public var verified: Figure?
    public var byInteractionType: [TypeFigure]
    public var byDivision: [DivisionFigure]

    /// The report as the API and snapshots give it, with keys in a fixed order.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// The national indicator, computed from the catalogue exactly as DESIGN.md defines it: an
/// interaction is e-enabled on day D when it is applicable, its `e_enabled_on` is on or before D
/// and it has at least one electronic channel. It is *verified* e-enabled when, besides, its
/// service has a form of its type published on or before D, or its evidence URL answered with
/// a 2xx status when last checked, within the 30 days before D.
public enum BVPI157 {
    public static func report(for organisation: Organisation, on day: CalendarDay, on db: any Database) async throws -> BVPI157Report {
        let organisationID = try organisation.requireID()
        let counts = try await counts(organisationID, on: day, db: db)
        let divisions = try await Division.query(on: db).filter(\.$organisation.$id == organisationID).all()

        var byType: [InteractionType: Figure] = [:], byDivision: [UUID: Figure] = [:]
        for count in counts {
            byType[count.type, default: .zero] = byType[count.type, default: .zero] + count.figure
            byDivision[count.divisionID, default: .zero] = byDivision[count.divisionID, default: .zero] + count.figure
        }
        return BVPI157Report(
            organisation: organisation.slug, on: day,
            overall: counts.reduce(.zero) { $0 + $1.figure },
            verified: Figure(eEnabled: counts.reduce(0) { $0 + $1.verified }, applicable: counts.reduce(0) { $0 + $1.figure.applicable }),
            byInteractionType: InteractionType.allCases.map { .init(type: $0, figure: byType[$0] ?? .zero) },
            byDivision: divisions
                .sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
                .map { .init(division: $0.name, figure: byDivision[$0.id!] ?? .zero) })
    }

    struct Count {
        var divisionID: UUID
        var type: InteractionType
        var figure: Figure
        var verified: Int
    }

    /// Applicable and e-enabled interactions by division and type, counted by the database.
    static func counts(_ organisationID: UUID, on day: CalendarDay, db: any Database) async throws -> [Count] {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let today = day.description, monthAgo = day.adding(days: -30).description
        let rows = try await sql.raw("""
            SELECT i.division_id AS division_id, i.type AS type, COUNT(*) AS applicable,
                   SUM(CASE WHEN i.electronic AND i.e_enabled_on <= \(bind: today) THEN 1 ELSE 0 END) AS e_enabled,
                   SUM(CASE WHEN i.electronic AND i.e_enabled_on <= \(bind: today) AND (
                       EXISTS (SELECT 1 FROM online_forms f
                               WHERE f.service_id = i.service_id AND f.interaction_type = i.type AND f.published_from <= \(bind: today))
                       OR EXISTS (SELECT 1 FROM link_checks c
                                  WHERE c.interaction_id = i.id AND c.ok = \(bind: true)
                                    AND c.checked_on >= \(bind: monthAgo) AND c.checked_on <= \(bind: today)
                                    AND NOT EXISTS (SELECT 1 FROM link_checks later
                                                    WHERE later.interaction_id = i.id AND later.checked_on <= \(bind: today)
                                                      AND later.checked_at > c.checked_at))
                   ) THEN 1 ELSE 0 END) AS verified
            FROM interactions i
            WHERE i.organisation_id = \(bind: organisationID) AND i.applicable = \(bind: true)
            GROUP BY i.division_id, i.type
            """).all()
        return try rows.compactMap { row in
            guard let type = InteractionType(rawValue: try row.decode(column: "type", as: Int.self)) else { return nil }
            return Count(
                divisionID: try row.decode(column: "division_id", as: UUID.self), type: type,
                figure: Figure(eEnabled: try row.decode(column: "e_enabled", as: Int.self), applicable: try row.decode(column: "applicable", as: Int.self)),
                verified: try row.decode(column: "verified", as: Int.self))
        }
    }
}

enum BVPI157Error: Error { case needsSQL }
