import FluentKit
import Foundation

/// Every table of the performance dashboard as a CSV download.
public enum PerformanceCSV {
    public enum Table: String, CaseIterable, Sendable {
        case byInteractionType = "by-interaction-type.csv"
        case byDivision = "by-division.csv"
        case trajectory = "trajectory.csv"
        case atRisk = "at-risk.csv"
        case snapshots = "snapshots.csv"
    }

    public static func write(_ table: Table, for organisation: Organisation, on day: CalendarDay, db: any Database) async throws -> String {
        let organisationID = try organisation.requireID()
        func percent(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }
        switch table {
        case .byInteractionType:
            let report = try await BVPI157.report(for: organisation, on: day, on: db)
            return try CSVDocument.write(header: ["on", "code", "interaction_type", "e_enabled", "applicable", "percent"], rows: report.byInteractionType.map {
                [day.description, String($0.type.code), $0.type.label, String($0.figure.eEnabled), String($0.figure.applicable), percent($0.figure.percent)]
            })
        case .byDivision:
            let report = try await BVPI157.report(for: organisation, on: day, on: db)
            return try CSVDocument.write(header: ["on", "division", "e_enabled", "applicable", "percent"], rows: report.byDivision.map {
                [day.description, $0.division, String($0.figure.eEnabled), String($0.figure.applicable), percent($0.figure.percent)]
            })
        case .trajectory:
            let targets = try await TargetRegister.all(in: organisationID, on: db)
            let trajectory = try await Trajectory.compute(for: organisationID, targets: targets, today: day, on: db)
            return try CSVDocument.write(header: ["month_end", "actual_percent", "planned_percent", "target_percent"], rows: trajectory.points.map {
                [$0.month.description, percent($0.actual), percent($0.planned), percent($0.target)]
            })
        case .atRisk:
            let (items, _) = try await AtRisk.list(organisationID, on: day, limit: nil, db: db)
            return try CSVDocument.write(header: ["service", "lgsl", "division", "code", "interaction_type", "owner", "target_on", "days_to_target"], rows: items.map {
                [$0.service.name, $0.service.lgsl.map(String.init) ?? "", $0.service.division.name, String($0.type.code), $0.type.label,
                 $0.owner, $0.targetOn?.description ?? "", $0.targetOn.map { String(day.days(to: $0)) } ?? ""]
            })
        case .snapshots:
            let snapshots = try await SnapshotRegister.all(in: organisationID, on: db)
            let iso = ISO8601DateFormatter()
            return try CSVDocument.write(header: ["as_at", "e_enabled", "applicable", "percent", "taken_at", "taken_by"], rows: try snapshots.map { snapshot in
                let report = try SnapshotRegister.report(of: snapshot)
                return [snapshot.asAt.description, String(report.overall.eEnabled), String(report.overall.applicable), percent(report.overall.percent),
                        iso.string(from: snapshot.takenAt), snapshot.takenBy]
            })
        }
    }
}
