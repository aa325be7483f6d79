import GuildhallCore
import Vapor

/// Consultation rounds, comments and their dispositions, and decisions, on staff pages.
enum ConsultationsController {
    static func index(req: Request) async throws -> Response {
        try await rounds(req, statement: try await StatementLookup.statement(req), entry: ConsultationForms.Opening(), errors: FieldErrors())
    }

    static func open(req: Request) async throws -> Response {
        let staff = try req.staff
        let statement = try await StatementLookup.statement(req)
        let entry = try req.content.decode(ConsultationForms.Opening.self)
        return try await req.complete {
            let consultation = try await ConsultationRegister.open(on: statement, body: entry.body ?? "", meetingOn: entry.meetingOn ?? "",
                                                            by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Draft shared for the meeting of \(consultation.meetingOn.longDescription)", location: SiteURL.staff(.statements(.consultation(.value(try consultation.requireID())))).path)
        } redraw: { errors in
            return try await rounds(req, statement: statement, entry: entry, errors: errors)
        }
    }

    private static func rounds(_ req: Request, statement: Statement, entry: ConsultationForms.Opening, errors: FieldErrors) async throws -> Response {
        let model = try await ConsultationIndex.query(req, statement: statement)
        return ConsultationIndex.view(await req.page("Consultation", errors: errors), model, entry: entry)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func show(req: Request) async throws -> Response {
        try await consultationPage(req, try await find(req), entry: ConsultationForms.Commenting(), errors: FieldErrors())
    }

    static func comment(req: Request) async throws -> Response {
        let staff = try req.staff
        let consultation = try await find(req)
        let entry = try req.content.decode(ConsultationForms.Commenting.self)
        return try await req.complete {
            let comment = try await ConsultationRegister.comment(on: consultation, section: entry.section ?? "", text: entry.text ?? "",
                                                          by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Comment on \(consultation.statement.proForma.section(comment.section)?.title ?? comment.section) recorded", location: SiteURL.staff(.statements(.consultation(.value(try consultation.requireID())))).path)
        } redraw: { errors in
            return try await consultationPage(req, consultation, entry: entry, errors: errors)
        }
    }

    static func dispose(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let id = req.parameters.get(.comment),
              let comment = try await ConsultationRegister.findComment(id, in: staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        let entry = try req.content.decode(ConsultationForms.Disposing.self)
        let consultationID = try comment.consultation.requireID()
        return try await req.complete {
            try await ConsultationRegister.dispose(comment, as: entry.disposition ?? "", response: entry.response ?? "", by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Disposition recorded", location: SiteURL.staff(.statements(.consultation(.value(consultationID)))).path + "#comment-\(id.uuidString)")
        } redraw: { errors in
            // Each comment has its own form; its fields are named for the comment.
            var named = FieldErrors()
            for problem in errors.problems { named.add(field: "\(problem.field)-\(id.uuidString)", problem.message) }
            let consultation = try await find(req, consultationID: comment.$consultation.id)
            return try await consultationPage(req, consultation, entry: ConsultationForms.Commenting(), errors: named, disposing: (id, entry))
        }
    }

    private static func consultationPage(
        _ req: Request, _ consultation: Consultation, entry: ConsultationForms.Commenting, errors: FieldErrors, disposing: (UUID, ConsultationForms.Disposing)? = nil
    ) async throws -> Response {
        let model = try await ConsultationShow.query(req, consultation: consultation)
        return ConsultationShow.view(await req.page(model.heading, errors: errors), model, entry: entry, disposing: disposing)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func find(_ req: Request, consultationID: UUID? = nil) async throws -> Consultation {
        let staff = try req.staff
        guard let id = consultationID ?? req.parameters.get(.consultation),
              let consultation = try await ConsultationRegister.find(id, in: staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        try await consultation.$body.load(on: req.db)
        try await consultation.$comments.load(on: req.db)
        consultation.statement.$sections.value = try await StatementRegister.find(consultation.$statement.id, in: staff.organisationID, on: req.db)?.sections
        return consultation
    }

    static func decisions(req: Request) async throws -> Response {
        try await decisionsPage(req, statement: try await StatementLookup.statement(req), entry: ConsultationForms.Deciding(), errors: FieldErrors())
    }

    static func decide(req: Request) async throws -> Response {
        let staff = try req.staff
        let statement = try await StatementLookup.statement(req)
        let entry = try req.content.decode(ConsultationForms.Deciding.self)
        return try await req.complete {
            let decision = try await ConsultationRegister.decide(
                on: statement, body: entry.body ?? "", outcome: entry.outcome ?? "", decidedOn: entry.decidedOn ?? "", minute: entry.minute ?? "",
                delegatedTo: entry.delegatedTo, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Decision \(decision.minute) recorded", location: SiteURL.staff(.statements(.decisions(.value(try statement.requireID())))).path)
        } redraw: { errors in
            return try await decisionsPage(req, statement: statement, entry: entry, errors: errors)
        }
    }

    private static func decisionsPage(_ req: Request, statement: Statement, entry: ConsultationForms.Deciding, errors: FieldErrors) async throws -> Response {
        let model = try await DecisionIndex.query(req, statement: statement)
        return DecisionIndex.view(await req.page("Decisions", errors: errors), model, entry: entry)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
