import Fluent
import GuildhallCore
import Vapor

enum ResidentsController {
    static func index(req: Request) async throws -> Response {
        let staff = try req.staff
        let typed = (try? req.query.get(String.self, at: "q")) ?? ""
        let query = ResidentQuery(typed)
        let found = try await ResidentSearch.page(query, in: staff.organisationID, requested: try? req.query.get(Int.self, at: "page"), perPage: 25, on: req.db)
        var residents: [Resident] = []
        for resident in found.items where try await staff.frontOfficeAccess.sees(resident, on: req.db) { residents.append(resident) }
        if case .reference(let reference) = query.kind, let item = try await CaseRegister.find(reference: reference, in: staff.organisationID, on: req.db),
           staff.frontOfficeAccess.sees(item) {
            return req.redirect(to: SiteURL.staff(.frontOffice(.case(.value(item.reference)))).path)
        }
        return ResidentPages.search(await req.page("Residents"), query: query.typed, residents: residents, paging: found.paging,
                                    isCapped: found.isCapped, canAdd: staff.may(.takeContacts)).response()
    }

    struct Posted: Content {
        var confirmed: String?
        var returnTo: String?
    }

    static func new(req: Request) async throws -> Response {
        let returnTo = (try? req.query.get(String.self, at: "returnTo")) ?? ""
        let name = (try? req.query.get(String.self, at: "name")) ?? ""
        return ResidentPages.form(await req.page("Add a resident"), draft: ResidentDraft(name: name), action: SiteURL.staff(.frontOffice(.newResident)).path,
                                  returnTo: returnTo).response()
    }

    /// Possible duplicates are shown before anything is saved; saving again adds the resident anyway.
    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let draft = try req.content.decode(ResidentDraft.self)
        let posted = try req.content.decode(Posted.self)
        let action = SiteURL.staff(.frontOffice(.newResident)).path
        if posted.confirmed != "yes", (try? draft.check()) != nil {
            let duplicates = try await ResidentRegister.possibleDuplicates(of: draft.keys, in: staff.organisationID, on: req.db)
            if !duplicates.isEmpty {
                return ResidentPages.form(await req.page("Add a resident"), draft: draft, action: action, duplicates: duplicates, returnTo: posted.returnTo ?? "").response()
            }
        }
        return try await req.complete {
            let resident = try await ResidentRegister.create(draft, in: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            let next = posted.returnTo == "contact"
                ? SiteURL.staff(.frontOffice(.newContact)).path(query: ["resident": resident.id!.uuidString])
                : SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path
            return FormDone(flash: "\(resident.name) added", location: next)
        } redraw: { errors in
            ResidentPages.form(await req.page("Add a resident", errors: errors), draft: draft, action: action, returnTo: posted.returnTo ?? "")
                .response(.unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let staff = try req.staff
        let resident = try await FrontOfficeLookup.resident(req, via: "page")
        guard resident.id == req.parameters.get(.resident) else {
            // A merged record's id opens the record it was merged into.
            return req.redirect(to: SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path)
        }
        let today = CalendarDay(req.now)
        let model = ResidentPages.Show(
            resident: resident, contacts: try await FrontOfficeLookup.contacts(of: resident, req).map(ContactRow.init),
            cases: try await FrontOfficeLookup.cases(of: resident, req).map { CaseRow($0, today: today) },
            duplicates: try await ResidentRegister.possibleDuplicates(of: resident.keys, excluding: resident.id, in: staff.organisationID, on: req.db),
            today: today, canChange: staff.may(.takeContacts), canSeeViews: staff.may(.readRecordViews),
            undelivered: try await Outbox.latestFailure(to: resident, on: req.db).map { ($0.createdAt, $0.channel, $0.recipient, $0.reason) })
        return ResidentPages.show(await req.page(resident.name), model).response()
    }

    static func edit(req: Request) async throws -> Response {
        let resident = try await FrontOfficeLookup.resident(req, via: "page")
        return ResidentPages.form(await req.page("Change details"), draft: ResidentDraft(resident),
                                  action: SiteURL.staff(.frontOffice(.editResident(.value(resident.id!)))).path).response()
    }

    static func update(req: Request) async throws -> Response {
        let staff = try req.staff
        let resident = try await FrontOfficeLookup.resident(req, via: "page")
        let draft = try req.content.decode(ResidentDraft.self)
        return try await req.complete {
            try await ResidentRegister.update(resident, with: draft, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(resident.name)’s details saved", location: SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path)
        } redraw: { errors in
            ResidentPages.form(await req.page("Change details", errors: errors), draft: draft,
                               action: SiteURL.staff(.frontOffice(.editResident(.value(resident.id!)))).path).response(.unprocessableEntity)
        }
    }

    static func distinguish(req: Request) async throws -> Response {
        let staff = try req.staff
        let resident = try await FrontOfficeLookup.resident(req, via: "page")
        let other = try await otherResident(req)
        try await ResidentRegister.distinguish(resident, from: other, by: staff.actor, at: req.now, on: req.db)
        StaffSession.flash("\(other.name) will no longer be suggested as the same person", on: req)
        return req.redirect(to: SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path)
    }

    static func confirmMerge(req: Request) async throws -> Response {
        let kept = try await FrontOfficeLookup.resident(req, via: "page")
        let merged = try await otherResident(req)
        return ResidentPages.confirmMerge(await req.page("Merge records"), kept: kept, merged: merged).response()
    }

    static func merge(req: Request) async throws -> Response {
        let staff = try req.staff
        let kept = try await FrontOfficeLookup.resident(req, via: "page")
        let merged = try await otherResident(req)
        guard kept.id != merged.id else { throw Abort(.badRequest, reason: "A record cannot be merged into itself") }
        try await ResidentRegister.merge(merged, into: kept, by: staff.actor, at: req.now, on: req.db)
        StaffSession.flash("\(merged.name)’s record merged into this one", on: req)
        return req.redirect(to: SiteURL.staff(.frontOffice(.resident(.value(kept.id!)))).path)
    }

    static func views(req: Request) async throws -> Response {
        let resident = try await FrontOfficeLookup.resident(req, via: "page")
        return ResidentPages.views(await req.page("Who has opened this record"), resident: resident,
                                   views: try await ResidentRegister.views(of: resident, on: req.db)).response()
    }

    /// The other resident a form names, in the same organisation and not already merged.
    private static func otherResident(_ req: Request) async throws -> Resident {
        struct Other: Content { var other: String? }
        let text = (req.method == .GET ? try? req.query.get(String.self, at: "other") : try? req.content.decode(Other.self).other) ?? ""
        guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "Choose the other resident's record") }
        guard let other = try await Resident.query(on: req.db).filter(\.$id == id).filter(\.$organisation.$id == req.staff.organisationID)
                  .filter(\.$mergedIntoID == nil).first()
        else { throw Abort(.notFound, reason: "No other resident with that id") }
        return other
    }
}
