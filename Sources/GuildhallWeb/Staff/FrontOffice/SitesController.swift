import Fluent
import GuildhallCore
import Vapor

enum SitesController {
    struct Form: Content {
        var name: String?
        var address: String?
        var openingHours: String?
    }

    static func index(req: Request) async throws -> Response {
        try await index(req, draft: .init(), errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let form = try req.content.decode(Form.self)
        return try await req.complete {
            let site = try await SiteRegister.add(name: form.name ?? "", address: form.address ?? "", openingHours: form.openingHours ?? "",
                                                  to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(site.name) added", location: SiteURL.staff(.frontOffice(.sites)).path)
        } redraw: { errors in
            try await index(req, draft: .init(name: form.name ?? "", address: form.address ?? "", openingHours: form.openingHours ?? ""), errors: errors)
        }
    }

    static func show(req: Request) async throws -> Response {
        try await queue(req, visitor: "", reason: "", errors: FieldErrors())
    }

    struct Arrival: Content {
        var resident: String?
        var visitor: String?
        var reason: String?
    }

    static func arrive(req: Request) async throws -> Response {
        let staff = try req.staff
        let site = try await site(req)
        let arrival = try req.content.decode(Arrival.self)
        var resident: Resident?
        if let id = arrival.resident.flatMap(UUID.init(uuidString:)) { resident = try await ResidentRegister.find(id, in: staff.organisationID, on: req.db) }
        return try await req.complete {
            let visit = try await SiteRegister.arrive(at: site, resident: resident, visitor: arrival.visitor ?? "", reason: arrival.reason ?? "",
                                                      by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(visit.visitor) added to the queue", location: SiteURL.staff(.frontOffice(.site(.value(site.id!)))).path)
        } redraw: { errors in
            try await queue(req, site: site, visitor: arrival.visitor ?? "", reason: arrival.reason ?? "", errors: errors)
        }
    }

    static func call(req: Request) async throws -> Response { try await settle(req, called: true) }
    static func left(req: Request) async throws -> Response { try await settle(req, called: false) }

    private static func settle(_ req: Request, called: Bool) async throws -> Response {
        let staff = try req.staff
        guard let id = req.parameters.get(.visit), let visit = try await SiteRegister.findVisit(id, in: staff.organisationID, on: req.db) else {
            throw Abort(.notFound)
        }
        let back = SiteURL.staff(.frontOffice(.site(.value(visit.$site.id)))).path
        do {
            try await SiteRegister.settle(visit, called: called, by: staff.actor, at: req.now, on: req.db)
            StaffSession.flash(called ? "\(visit.visitor) called" : "\(visit.visitor) recorded as leaving without being seen", on: req)
        } catch let errors as FieldErrors {
            StaffSession.flash(errors.problems.first?.message ?? "Nothing changed", on: req)
        }
        return req.redirect(to: back)
    }

    private static func index(_ req: Request, draft: SitePages.SiteDraft, errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        var entries: [SitePages.Entry] = []
        for site in try await SiteRegister.all(in: staff.organisationID, on: req.db) {
            entries.append(.init(site: site, waiting: try await SiteRegister.queue(at: site, at: req.now, db: req.db).waiting.count))
        }
        return SitePages.index(await req.page("INFO centres", errors: errors), sites: entries, draft: draft, canOpen: staff.may(.readResidents),
                              canManage: staff.may(.manageStandards))
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func site(_ req: Request) async throws -> Site {
        guard let id = req.parameters.get(.site), let site = try await SiteRegister.find(id, in: try req.staff.organisationID, on: req.db) else {
            throw Abort(.notFound)
        }
        return site
    }

    private static func queue(_ req: Request, site: Site? = nil, visitor: String, reason: String, errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        var found = site
        if found == nil { found = try await self.site(req) }
        let site = found!
        let (waiting, today) = try await SiteRegister.queue(at: site, at: req.now, db: req.db)
        var resident: Resident?
        if let id = (try? req.query.get(String.self, at: "resident")).flatMap(UUID.init(uuidString:)) {
            resident = try await ResidentRegister.find(id, in: staff.organisationID, on: req.db)
        }
        let model = SitePages.Queue(site: site, waiting: waiting.map { VisitRow($0, at: req.now) }, today: today.map { VisitRow($0, at: req.now) },
                                    resident: resident, waitMinutes: try await StandardsRegister.standards(for: staff.organisationID, on: req.db).waitMinutes,
                                    canServe: staff.may(.takeContacts), visitor: visitor, reason: reason)
        return SitePages.queue(await req.page(site.name, errors: errors), model).response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
