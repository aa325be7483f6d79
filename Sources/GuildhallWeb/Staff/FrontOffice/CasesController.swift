import Fluent
import GuildhallCore
import Vapor

enum CasesController {
    static func show(req: Request) async throws -> Response {
        let item = try await FrontOfficeLookup.case(req)
        return try await page(req, item, update: CaseUpdate(), errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let staff = try req.staff
        let item = try await FrontOfficeLookup.case(req)
        let update = try req.content.decode(CaseUpdate.self)
        // The form sends every field: only what differs from the case is a change.
        let changed = CaseUpdate(
            status: update.status == item.status.rawValue ? "" : update.status, publicNote: update.publicNote, internalNote: update.internalNote,
            division: update.division == item.$division.id.uuidString ? "" : update.division,
            officer: update.officer == (item.$officer.id?.uuidString ?? "none") ? "" : update.officer,
            duplicateOf: update.duplicateOf, priority: update.priority == item.priority.rawValue ? "" : update.priority)
        return try await req.complete {
            try await CaseRegister.update(item, with: changed, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Case \(item.reference) updated", location: SiteURL.staff(.frontOffice(.case(.value(item.reference)))).path)
        } redraw: { errors in
            try await page(req, item, update: update, errors: errors)
        }
    }

    private static func page(_ req: Request, _ item: Case, update: CaseUpdate, errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        let divisions = try await DivisionRegister.all(in: staff.organisationID, on: req.db)
        let officers = try await User.query(on: req.db).filter(\.$organisation.$id == staff.organisationID).filter(\.$isActive == true)
            .with(\.$roleGrants).sort(\.$name).all()
            .filter { !$0.roles.isDisjoint(with: [.backOffice, .frontOffice]) }
        var names = Dictionary(divisions.map { ($0.id!.uuidString, $0.name) }, uniquingKeysWith: { first, _ in first })
        for officer in officers { names[officer.id!.uuidString] = officer.name }
        var duplicateOf: String?
        if let id = item.duplicateOfID {
            duplicateOf = try await CaseRegister.find(id, in: staff.organisationID, on: req.db)?.reference
            if let duplicateOf { names[id.uuidString] = duplicateOf }
        }
        let today = CalendarDay(req.now)
        let model = CasePages.Show(
            row: CaseRow(item, today: today), residentID: item.$resident.id, description: item.description, interactionType: item.interactionType,
            location: [item.locationAddress, item.locationPostcode ?? ""].filter { !$0.isEmpty }.joined(separator: ", "),
            received: LondonTime.format(item.receivedAt) + " by " + item.channel.label.lowercased() + (item.site.map { " at \($0.name)" } ?? ""),
            replyBy: item.replyBy, repliedOn: item.repliedOn, resolveBy: item.resolveBy, closedOn: item.closedOn,
            divisionID: item.$division.id, officerID: item.$officer.id, priority: item.priority, duplicateOf: duplicateOf,
            history: try await CaseRegister.history(of: item, on: req.db), divisions: try divisions.map(Choice.init), officers: try officers.map(Choice.init),
            names: names, today: today, canUpdate: staff.may(.takeContacts), update: update,
            toldBy: try await CaseNotices.residentRecipient(for: item, on: req.db),
            whyNotTold: CaseNotices.whyNotTold(item),
            messages: try await Outbox.messages(about: item, on: req.db).map {
                .init(at: $0.createdAt, event: $0.event, channel: $0.channel, recipient: $0.recipient, status: $0.status, reason: $0.reason)
            })
        return CasePages.show(await req.page("Case \(item.reference)", errors: errors), model).response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
