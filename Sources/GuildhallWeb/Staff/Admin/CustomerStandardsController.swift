import GuildhallCore
import Vapor

enum CustomerStandardsController {
    static func show(req: Request) async throws -> Response {
        let standards = try await StandardsRegister.standards(for: try req.staff.organisationID, on: req.db)
        return try await page(req, replyDays: standards.reply.days.mapValues(String.init), waitMinutes: String(standards.waitMinutes),
                              closure: ("", ""), errors: FieldErrors())
    }

    struct Closure: Content {
        var day: String?
        var label: String?
    }

    static func save(req: Request) async throws -> Response {
        let staff = try req.staff
        let fields = try req.content.decode([String: String].self)
        let replyDays = Dictionary(uniqueKeysWithValues: ContactChannel.allCases.map { ($0, fields["reply-\($0.rawValue)"] ?? "") })
        return try await req.complete {
            try await StandardsRegister.save(replyDays: replyDays, waitMinutes: fields["waitMinutes"] ?? "", for: staff.organisationID,
                                             by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Standards saved: they apply to cases received from now on", location: SiteURL.staff(.admin(.customerStandards)).path)
        } redraw: { errors in
            try await page(req, replyDays: replyDays, waitMinutes: fields["waitMinutes"] ?? "", closure: ("", ""), errors: errors)
        }
    }

    static func addClosure(req: Request) async throws -> Response {
        let staff = try req.staff
        let form = try req.content.decode(Closure.self)
        return try await req.complete {
            let closure = try await StandardsRegister.addClosure(day: form.day ?? "", label: form.label ?? "", to: staff.organisationID,
                                                                 by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(closure.day.longDescription) added as a closure day", location: SiteURL.staff(.admin(.customerStandards)).path)
        } redraw: { errors in
            let standards = try await StandardsRegister.standards(for: staff.organisationID, on: req.db)
            return try await page(req, replyDays: standards.reply.days.mapValues(String.init), waitMinutes: String(standards.waitMinutes),
                                  closure: (form.day ?? "", form.label ?? ""), errors: errors)
        }
    }

    static func confirmRemove(req: Request) async throws -> Response {
        CustomerStandardsPages.confirmRemove(await req.page("Remove closure day"), try await closure(req)).response()
    }

    static func remove(req: Request) async throws -> Response {
        let closure = try await closure(req)
        try await StandardsRegister.removeClosure(closure, by: try req.staff.actor, at: req.now, on: req.db)
        StaffSession.flash("\(closure.day.longDescription) is no longer a closure day", on: req)
        return req.redirect(to: SiteURL.staff(.admin(.customerStandards)).path)
    }

    private static func closure(_ req: Request) async throws -> ClosureDay {
        guard let id = req.parameters.get(.closure), let closure = try await StandardsRegister.findClosure(id, in: try req.staff.organisationID, on: req.db) else {
            throw Abort(.notFound)
        }
        return closure
    }

    private static func page(_ req: Request, replyDays: [ContactChannel: String], waitMinutes: String, closure: (String, String),
                             errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        let coverage = try await StandardsRegister.bankHolidayCoverage(on: CalendarDay(req.now), db: req.db)
        let model = CustomerStandardsPages.Model(replyDays: replyDays, waitMinutes: waitMinutes,
                                                 closures: try await StandardsRegister.closures(in: staff.organisationID, on: req.db),
                                                 closure: closure, lastBankHoliday: coverage.last, bankHolidaysEndSoon: coverage.endsSoon)
        return CustomerStandardsPages.page(await req.page("Standards and closure days", errors: errors), model).response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
