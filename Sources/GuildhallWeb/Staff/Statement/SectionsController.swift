import GuildhallCore
import Vapor

/// A statement section's page: its content, the edit form for those who may write it, its
/// assignment and completion for the programme team, and its revisions.
enum SectionsController {
    struct AssignmentForm: Content {
        var division: String?
        var partner: String?
        var owner: String?
    }

    static func show(req: Request) async throws -> Response {
        let (statement, section) = try await find(req)
        return try await page(req, statement: statement, section: section, entered: nil, errors: FieldErrors())
    }

    static func save(req: Request) async throws -> Response {
        let staff = try req.staff
        let (statement, section) = try await find(req)
        guard staff.mayEdit(section, of: statement) else { throw Abort(.forbidden, reason: "This section is assigned to another division or organisation.") }
        guard !statement.isClosed else { throw StatementClosed() }
        let definition = statement.proForma.section(section.key)!
        let reading = SectionForm.read(req.formFields, kind: definition.kind)
        guard reading.problems.isEmpty else {
            return try await page(req, statement: statement, section: section, entered: reading.entered, errors: SectionForm.errors(reading.problems))
        }
        do {
            let revision = try await StatementRegister.save(section, of: statement, json: try CanonicalJSON.encode(reading.content),
                                                            by: staff.actor, at: req.now, on: req.db)
            StaffSession.flash(revision.map { "\(definition.title) saved as revision \($0.number)" } ?? "\(definition.title) is unchanged", on: req)
            return req.redirect(to: SiteURL.staff(.statements(.section(.value(try statement.requireID()), .value(section.key)))).path)
        } catch let problems as SectionProblems {
            return try await page(req, statement: statement, section: section, entered: reading.entered, errors: SectionForm.errors(problems.messages))
        }
    }

    static func complete(req: Request) async throws -> Response {
        let staff = try req.staff
        let (statement, section) = try await find(req, ownOnly: true)
        do {
            try await StatementRegister.complete(section, of: statement, by: staff.actor, at: req.now, on: req.db)
            StaffSession.flash("\(statement.proForma.section(section.key)!.title) marked complete", on: req)
            return req.redirect(to: SiteURL.staff(.statements(.statement(.value(try statement.requireID())))).path)
        } catch let problems as SectionProblems {
            return try await page(req, statement: statement, section: section, entered: nil, errors: FieldErrors(field: "section-form", problems.description))
        }
    }

    /// Fills the take-up section with the front office's uses of each channel over the twelve
    /// months to the day BVPI 157 is taken as at (today before it is chosen). Staff can still edit the rows.
    static func fillTakeUp(req: Request) async throws -> Response {
        let staff = try req.staff
        let statement = try await StatementLookup.statement(req)
        guard let section = statement.sections.first(where: { $0.key == "take-up" }) else { throw Abort(.notFound) }
        let asAt = try? statement.sections.first { $0.key == "bvpi157" }?.content
            .map { try JSONDecoder().decode(SectionContent.BVPI157.self, from: Data($0.utf8)) }
            .flatMap { CalendarDay($0.asAt) }
        let end = asAt ?? CalendarDay(req.now)
        let start = end.adding(months: -12).adding(days: 1)
        let rows = try await TakeUp.make(in: staff.organisationID, from: start, to: end, on: req.db).statementRows(from: start, to: end)
        let location = SiteURL.staff(.statements(.section(.value(try statement.requireID()), .value(section.key)))).path
        guard !rows.rows.isEmpty else {
            StaffSession.flash("The front office recorded no contacts or cases in the twelve months to \(end.longDescription)", on: req)
            return req.redirect(to: location)
        }
        let revision = try await StatementRegister.save(section, of: statement, json: try CanonicalJSON.encode(rows), by: staff.actor, at: req.now, on: req.db)
        StaffSession.flash(revision.map { "Take-up filled from the front office as revision \($0.number): check the rows, and change them if you need to" }
                           ?? "Take-up already matches the front office", on: req)
        return req.redirect(to: location)
    }

    static func assign(req: Request) async throws -> Response {
        let staff = try req.staff
        let (statement, section) = try await find(req, ownOnly: true)
        let entry = try req.content.decode(AssignmentForm.self)
        func id(_ text: String?) -> UUID? { text.flatMap { UUID(uuidString: $0) } }
        return try await req.complete {
            try await StatementRegister.assign(section, of: statement, division: id(entry.division), partner: id(entry.partner), owner: id(entry.owner),
                                               by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Assignment of \(statement.proForma.section(section.key)!.title) saved", location: SiteURL.staff(.statements(.section(.value(try statement.requireID()), .value(section.key)))).path)
        } redraw: { errors in
            return try await page(req, statement: statement, section: section, entered: nil, errors: errors)
        }
    }

    static func compare(req: Request) async throws -> Response {
        let (statement, section) = try await find(req)
        let model = try await RevisionCompare.query(req, statement: statement, section: section)
        return RevisionCompare.view(await req.page("Compare revisions"), model).response()
    }

    private static func page(_ req: Request, statement: Statement, section: StatementSection, entered: JSONValue?, errors: FieldErrors) async throws -> Response {
        let model = try await SectionShow.query(req, statement: statement, section: section)
        return SectionShow.view(await req.page(model.definition.title, errors: errors), model, entered: entered)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The statement and section, when the signed-in member may read the section: their own
    /// organisation's, or, unless `ownOnly`, one assigned to their organisation as a partner.
    private static func find(_ req: Request, ownOnly: Bool = false) async throws -> (Statement, StatementSection) {
        let staff = try req.staff
        guard staff.may(.readStatement) else {
            throw Abort(.forbidden, reason: "Your account does not have access to this page. Ask an administrator if you need it.")
        }
        guard let id = req.parameters.get(.statement),
              let statement = try await StatementRegister.find(id, contributedToBy: staff.organisationID, on: req.db),
              let section = statement.sections.first(where: { $0.key == req.parameters.get(.section) }),
              StatementAccess.mayRead(section, of: statement, roles: staff.roles, organisationID: staff.organisationID),
              !ownOnly || statement.$organisation.id == staff.organisationID
        else { throw Abort(.notFound) }
        return (statement, section)
    }
}
