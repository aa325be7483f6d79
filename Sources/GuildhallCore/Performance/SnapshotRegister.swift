import FluentKit
import Foundation

/// Quarter-end snapshots: BVPI 157 computed and frozen, so later changes to the catalogue never
/// alter what was reported.
public enum SnapshotRegister {
    public static func take(of organisation: Organisation, asAt day: CalendarDay, by actor: Actor, at now: Date, on db: any Database) async throws -> Snapshot {
        let report = try await BVPI157.report(for: organisation, on: day, on: db)
        let snapshot = Snapshot(organisationID: try organisation.requireID(), asAt: day, takenAt: now, takenBy: actor.name, figures: try report.json())
        try await db.transaction { db in try await snapshot.createAudited(by: actor, at: now, on: db) }
        return snapshot
    }

    public static func all(in organisationID: UUID, on db: any Database) async throws -> [Snapshot] {
        try await Snapshot.query(on: db).filter(\.$organisation.$id == organisationID)
            .sort(\.$asAt, .descending).sort(\.$takenAt, .descending).all()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Snapshot? {
        try await Snapshot.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func report(of snapshot: Snapshot) throws -> BVPI157Report {
        try JSONDecoder().decode(BVPI157Report.self, from: Data(snapshot.figures.utf8))
    }
}
