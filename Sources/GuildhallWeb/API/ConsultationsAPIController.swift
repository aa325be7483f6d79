import GuildhallCore
import Vapor

/// Consultation rounds, comments, dispositions and decisions through the API.
enum ConsultationsAPIController {
    static func open(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        let statement = try await APILookup.statement(req)
        let body = try req.content.decode(ConsultationForms.Opening.self)
        return try await answer("The consultation was not opened") {
            let consultation = try await ConsultationRegister.open(on: statement, body: body.body ?? "", meetingOn: body.meetingOn ?? "",
                                                            by: staff.actor, at: req.now, on: req.db)
            try await consultation.$body.load(on: req.db)
            consultation.$comments.value = []
            return try ConsultationRecord(consultation)
        }
    }

    static func comment(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .commentOnStatement)
        guard let id = req.parameters.get(.consultation),
              let consultation = try await ConsultationRegister.find(id, in: staff.organisationID, on: req.db)
        else { throw Abort(.notFound, reason: "No consultation with that id is visible to this token.") }
        let body = try req.content.decode(ConsultationForms.Commenting.self)
        return try await answer("The comment was not recorded") {
            try CommentRecord(try await ConsultationRegister.comment(on: consultation, section: body.section ?? "", text: body.text ?? "",
                                                                by: staff.actor, at: req.now, on: req.db))
        }
    }

    static func dispose(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        guard let id = req.parameters.get(.comment),
              let comment = try await ConsultationRegister.findComment(id, in: staff.organisationID, on: req.db)
        else { throw Abort(.notFound, reason: "No comment with that id is visible to this token.") }
        let body = try req.content.decode(ConsultationForms.Disposing.self)
        return try await answer("The disposition was not recorded", status: .ok) {
            try await ConsultationRegister.dispose(comment, as: body.disposition ?? "", response: body.response ?? "", by: staff.actor, at: req.now, on: req.db)
            return try CommentRecord(comment)
        }
    }

    static func decide(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        let statement = try await APILookup.statement(req)
        let body = try req.content.decode(ConsultationForms.Deciding.self)
        return try await answer("The decision was not recorded") {
            let decision = try await ConsultationRegister.decide(
                on: statement, body: body.body ?? "", outcome: body.outcome ?? "", decidedOn: body.decidedOn ?? "", minute: body.minute ?? "",
                delegatedTo: body.delegatedTo, by: staff.actor, at: req.now, on: req.db)
            try await decision.$body.load(on: req.db)
            return try DecisionRecord(decision)
        }
    }

    /// Runs `work` and answers with its result, or with the problems that stopped it.
    private static func answer<T: Encodable>(_ reason: String, status: HTTPStatus = .created, _ work: () async throws -> T) async throws -> Response {
        do {
            return try Responses.json(try await work(), status: status)
        } catch let errors as FieldErrors {
            return APIError.refused(.unprocessableEntity, reason, errors.problems.map { "\($0.field): \($0.message)" })
        }
    }
}
