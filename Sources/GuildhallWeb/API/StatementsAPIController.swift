import GuildhallCore
import Vapor

/// The statement API: programs draft a statement's sections as the staff pages do.
enum StatementsAPIController {
    struct Creation: Content {
        var year: Int?
        var proForma: String?
        var deadline: String?
    }

    static func create(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        guard req.parameters.get(.organisation) == staff.organisation.slug else {
            throw Abort(.notFound, reason: "No organisation with that short name is visible to this token.")
        }
        let body = try req.content.decode(Creation.self)
        do {
            let statement = try await StatementRegister.create(
                for: staff.organisationID, year: body.year ?? 0, proForma: body.proForma ?? "", deadline: body.deadline ?? "",
                by: staff.actor, at: req.now, on: req.db)
            guard let created = try await StatementRegister.find(statement.requireID(), in: staff.organisationID, on: req.db) else { throw Abort(.notFound) }
            return try await document(req, statement: created, status: .created)
        } catch let errors as FieldErrors {
            return APIError.refused(.unprocessableEntity, "The statement was not created", errors.problems.map { "\($0.field): \($0.message)" })
        }
    }

    static func show(req: Request) async throws -> Response {
        _ = try APILookup.require(req, .readStatement)
        let statement = try await APILookup.statement(req)
        return try await document(req, statement: statement, status: .ok)
    }

    static func saveSection(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .editStatement)
        guard let id = req.parameters.get(.statement),
              let statement = try await StatementRegister.find(id, contributedToBy: staff.organisationID, on: req.db)
        else { throw Abort(.notFound, reason: "No statement with that id is visible to this token.") }
        let section = try section(req, of: statement)
        guard staff.mayEdit(section, of: statement) else {
            throw Abort(.forbidden, reason: "This section is assigned to another division or organisation.")
        }
        do {
            try await StatementRegister.save(section, of: statement, json: Data(req.body.data.map { Array($0.readableBytesView) } ?? []),
                                             by: staff.actor, at: req.now, on: req.db)
        } catch let problems as SectionProblems {
            return APIError.refused(.unprocessableEntity, "The \(section.key) section was not saved", problems.messages)
        }
        guard statement.$organisation.id == staff.organisationID else {
            // A partner sees only what it contributed.
            return try Responses.json(try await StatementRecord.make(statement, organisation: try await statement.$organisation.get(on: req.db), on: req.db)
                .section(section.key))
        }
        return try await document(req, statement: statement, status: .ok)
    }

    static func completeSection(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        let statement = try await APILookup.statement(req)
        let section = try section(req, of: statement)
        do {
            try await StatementRegister.complete(section, of: statement, by: staff.actor, at: req.now, on: req.db)
        } catch let problems as SectionProblems {
            return APIError.refused(.unprocessableEntity, "The \(section.key) section was not marked complete", problems.messages)
        }
        return try await document(req, statement: statement, status: .ok)
    }

    struct Submitting: Content {
        var kind: String?
    }

    struct Receipt: Content {
        var id: UUID
        var kind: String
        var version: Int
        var sha256: String
        var submittedAt: Date
    }

    static func submit(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .manageStatement)
        let statement = try await APILookup.statement(req)
        guard let kind = Submission.Kind(rawValue: try req.content.decode(Submitting.self).kind ?? "") else {
            return APIError.refused(.unprocessableEntity, "Nothing was submitted", ["kind: use draft or final"])
        }
        do {
            let submission = try await StatementSubmission.submit(statement, as: kind, staff: staff, at: req.now, on: req.db)
            return try Responses.json(Receipt(id: try submission.requireID(), kind: kind.rawValue, version: submission.version,
                                              sha256: submission.sha256, submittedAt: submission.submittedAt), status: .created)
        } catch let refused as SubmissionRefused {
            return APIError.refused(.conflict, "The statement cannot be submitted yet", refused.outstanding.map(\.description), outstanding: refused.outstanding)
        }
    }

    /// The frozen document: `.json` is the submission's data exactly as hashed; `.xml` is the same in XML.
    static func submission(req: Request) async throws -> Response {
        let staff = try APILookup.require(req, .readSubmissions)
        guard let name = req.parameters.get(.document), let dot = name.lastIndex(of: "."),
              let id = UUID(uuidString: String(name[..<dot])),
              let submission = try await SubmissionRegister.find(id, visibleTo: staff.submissionScope, on: req.db)
        else { throw Abort(.notFound, reason: "No submission with that id is visible to this token.") }
        switch name[name.index(after: dot)...] {
        case "json": return Responses.document(submission.data, type: "application/json")
        case "xml": return Responses.document(try SubmissionXML.make(json: submission.data, sha256: submission.sha256), type: "application/xml; charset=utf-8")
        default: throw Abort(.notFound, reason: "Submissions are available as .json and .xml.")
        }
    }

    private static func section(_ req: Request, of statement: Statement) throws -> StatementSection {
        guard let key = req.parameters.get(.section), let section = statement.sections.first(where: { $0.key == key }) else {
            throw Abort(.notFound, reason: "The \(statement.proForma.key) pro forma has no section called \(req.parameters.get(.section) ?? "")")
        }
        return section
    }

    private static func document(_ req: Request, statement: Statement, status: HTTPStatus) async throws -> Response {
        try Responses.json(try await StatementRecord.make(statement, organisation: try req.staff.organisation, on: req.db), status: status)
    }
}
