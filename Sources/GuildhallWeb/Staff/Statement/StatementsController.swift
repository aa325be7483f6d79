import GuildhallCore
import Vapor

/// The statement's staff pages: the list, the overview with its deadline and what is
/// outstanding, the print preview, and submission.
enum StatementsController {
    struct CreationForm: Content {
        var year: String?
        var proForma: String?
        var deadline: String?
    }

    struct SubmitForm: Content {
        var kind: String?
    }

    static func index(req: Request) async throws -> Response {
        try await list(req, entry: CreationForm(), errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let entry = try req.content.decode(CreationForm.self)
        return try await req.complete {
            let statement = try await StatementRegister.create(
                for: staff.organisationID, year: Int(entry.year?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0, proForma: entry.proForma ?? "",
                deadline: entry.deadline ?? "", by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Statement for \(statement.year) created", location: SiteURL.staff(.statements(.statement(.value(try statement.requireID())))).path)
        } redraw: { errors in
            return try await list(req, entry: entry, errors: errors)
        }
    }

    private static func list(_ req: Request, entry: CreationForm, errors: FieldErrors) async throws -> Response {
        let model = try await StatementIndex.query(req)
        return StatementIndex.view(await req.page("Statements", errors: errors), model, entry: entry)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    struct DeadlineForm: Content {
        var deadline: String?
    }

    static func show(req: Request) async throws -> Response {
        try await overview(req, statement: try await StatementLookup.statement(req), deadline: nil, errors: FieldErrors())
    }

    static func setDeadline(req: Request) async throws -> Response {
        let staff = try req.staff
        let statement = try await StatementLookup.statement(req)
        let entry = try req.content.decode(DeadlineForm.self)
        return try await req.complete {
            try await StatementRegister.setDeadline(statement, to: entry.deadline ?? "", by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: statement.deadlineOn.map { "Deadline set to \($0.longDescription)" } ?? "Deadline cleared", location: SiteURL.staff(.statements(.statement(.value(try statement.requireID())))).path)
        } redraw: { errors in
            return try await overview(req, statement: statement, deadline: entry.deadline, errors: errors)
        }
    }

    private static func overview(_ req: Request, statement: Statement, deadline: String?, errors: FieldErrors) async throws -> Response {
        let model = try await StatementShow.query(req, statement: statement)
        return StatementShow.view(await req.page(model.title, errors: errors), model, deadlineEntry: deadline)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func preview(req: Request) async throws -> Response {
        let statement = try await StatementLookup.statement(req)
        let record = try await StatementRecord.make(statement, organisation: try req.staff.organisation, on: req.db)
        return StatementPrintView.response(StatementPrintView.html(record, submission: nil))
    }

    static func confirmSubmit(req: Request) async throws -> Response {
        let statement = try await StatementLookup.statement(req)
        let kind = Submission.Kind(rawValue: req.query[String.self, at: "kind"] ?? "") ?? .draft
        return try await confirmation(req, statement: statement, kind: kind, status: .ok)
    }

    static func submit(req: Request) async throws -> Response {
        let staff = try req.staff
        let statement = try await StatementLookup.statement(req)
        guard let kind = Submission.Kind(rawValue: try req.content.decode(SubmitForm.self).kind ?? "") else { throw Abort(.badRequest, reason: "Choose a draft or final submission.") }
        do {
            let submission = try await StatementSubmission.submit(statement, as: kind, staff: staff, at: req.now, on: req.db)
            StaffSession.flash(kind == .final ? "Final statement submitted; the statement is now closed" : "Draft submitted; work continues on version \(statement.version)", on: req)
            return req.redirect(to: SiteURL.staff(.statements(.submission(.value(try submission.requireID())))).path)
        } catch is SubmissionRefused {
            return try await confirmation(req, statement: statement, kind: kind, status: .conflict)
        }
    }

    private static func confirmation(_ req: Request, statement: Statement, kind: Submission.Kind, status: HTTPStatus) async throws -> Response {
        let model = try await StatementSubmit.query(req, statement: statement, kind: kind)
        return StatementSubmit.view(await req.page(kind == .final ? "Submit the final statement" : "Submit a draft"), model).response(status)
    }
}
