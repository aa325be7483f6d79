import GuildhallCore
import Vapor

enum PerformanceController {
    static func dashboard(req: Request) async throws -> Response {
        let staff = try req.staff
        let today = CalendarDay(req.now)
        var errors = FieldErrors()
        let day = try asAt(req, default: today, errors: &errors)
        let summary = try await PerformanceSummary.compute(for: staff.organisation, on: day, db: req.db)
        let snapshots = try await SnapshotRegister.all(in: staff.organisationID, on: req.db).map(PerformancePages.SnapshotSummary.init)
        let takeUp = try await TakeUp.make(in: staff.organisationID, from: today.adding(months: -12).adding(days: 1), to: today, on: req.db)
        return PerformancePages.dashboard(await req.page("Performance", errors: errors), summary: try .init(summary), takeUp: takeUp, snapshots: snapshots,
                                          today: today, canManage: staff.may(.managePerformance), canReadTakeUp: staff.may(.readFrontOffice))
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func download(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let table = req.parameters.get(.table).flatMap(PerformanceCSV.Table.init(rawValue:)) else { throw Abort(.notFound) }
        var errors = FieldErrors()
        let day = try asAt(req, default: CalendarDay(req.now), errors: &errors)
        guard errors.isEmpty else { throw Abort(.unprocessableEntity, reason: errors.problems[0].message) }
        let body = try await PerformanceCSV.write(table, for: staff.organisation, on: day, db: req.db)
        return Responses.csv(body, filename: "\(staff.organisation.slug)-\(day)-\(table.rawValue)")
    }

    static func takeSnapshot(req: Request) async throws -> Response {
        let staff = try req.staff
        let text = (try? req.content.get(String.self, at: "asAt"))?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let day = CalendarDay(text) else {
            throw Abort(.unprocessableEntity, reason: "Enter the snapshot’s date as YYYY-MM-DD, like 2004-03-31, then take it again.")
        }
        let snapshot = try await SnapshotRegister.take(of: staff.organisation, asAt: day, by: staff.actor, at: req.now, on: req.db)
        StaffSession.flash("Snapshot as at \(snapshot.asAt.longDescription) taken", on: req)
        return req.redirect(to: SiteURL.staff(.performance(.dashboard)).path)
    }

    static func snapshot(req: Request) async throws -> Response {
        guard let id = req.parameters.get(.snapshot),
              let snapshot = try await SnapshotRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return PerformancePages.snapshot(await req.page("Snapshot as at \(snapshot.asAt.longDescription)"), snapshot: try .init(snapshot),
                                         report: try SnapshotRegister.report(of: snapshot)).response()
    }

    /// The day asked for with `?on=`, or `default` (with a problem noted) when it is not a real date.
    private static func asAt(_ req: Request, default day: CalendarDay, errors: inout FieldErrors) throws -> CalendarDay {
        guard let text = try? req.query.get(String.self, at: "on"), !text.isEmpty else { return day }
        guard let asked = CalendarDay(text) else {
            errors.add(field: "on", "Enter a real date as YYYY-MM-DD, like 2004-03-31")
            return day
        }
        return asked
    }
}
