import GuildhallCore
import Vapor

enum TargetsController {
    struct Form: Content {
        var dueOn: String?
        var percent: String?
        var label: String?
    }

    static func index(req: Request) async throws -> Response {
        try await page(req, entry: .init(), errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let posted = try req.content.decode(Form.self)
        return try await req.complete {
            let target = try await TargetRegister.add(dueOn: posted.dueOn ?? "", percent: posted.percent ?? "", label: posted.label ?? "",
                                                          to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Milestone of \(target.dueOn.longDescription) added", location: SiteURL.staff(.performance(.targets)).path)
        } redraw: { errors in
            return try await page(req, entry: .init(dueOn: posted.dueOn ?? "", percent: posted.percent ?? "", label: posted.label ?? ""), errors: errors)
        }
    }

    static func confirmRemove(req: Request) async throws -> Response {
        let target = try await find(req)
        return PerformancePages.confirmRemove(await req.page("Remove milestone"), target: try .init(target)).response()
    }

    static func remove(req: Request) async throws -> Response {
        let target = try await find(req)
        try await TargetRegister.remove(target, by: try req.staff.actor, at: req.now, on: req.db)
        StaffSession.flash("Milestone of \(target.dueOn.longDescription) removed", on: req)
        return req.redirect(to: SiteURL.staff(.performance(.targets)).path)
    }

    private static func find(_ req: Request) async throws -> PerformanceTarget {
        guard let id = req.parameters.get(.target),
              let target = try await TargetRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return target
    }

    private static func page(_ req: Request, entry: PerformancePages.TargetEntry, errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        let targets = try await TargetRegister.all(in: staff.organisationID, on: req.db).map(PerformancePages.Milestone.init)
        return PerformancePages.targets(await req.page("Target and milestones", errors: errors), targets: targets, entry: entry,
                                        canManage: staff.may(.managePerformance))
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
