import GuildhallCore
import Vapor

/// A submission's page and its frozen documents, for the organisation's own staff and for
/// central reviewers, who also record their review here.
enum SubmissionsController {
    struct ReviewForm: Content {
        var outcome: String?
        var reasons: String?
        var grant: String?
    }

    static func show(req: Request) async throws -> Response {
        try await page(req, try await find(req), entry: ReviewForm(), errors: FieldErrors())
    }

    static func review(req: Request) async throws -> Response {
        let staff = try req.staff
        let submission = try await find(req)
        let entry = try req.content.decode(ReviewForm.self)
        return try await req.complete {
            let review = try await SubmissionRegister.review(submission, outcome: entry.outcome ?? "", reasons: entry.reasons ?? "", grant: entry.grant ?? "",
                                                      by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Review recorded: \(review.outcome.label.lowercased())", location: SiteURL.staff(.statements(.submission(.value(try submission.requireID())))).path)
        } redraw: { errors in
            return try await page(req, submission, entry: entry, errors: errors)
        }
    }

    static func file(req: Request) async throws -> Response {
        let submission = try await find(req)
        let record = try submission.record
        let base = "\(submission.organisation.slug)-\(submission.year)-v\(submission.version)-\(submission.kind.rawValue)"
        switch req.parameters.get(.document) ?? "" {
        case "document.html":
            return StatementPrintView.response(submission.html)
        case "submission.json":
            return Responses.document(submission.data, type: "application/json", filename: "\(base).json")
        case "submission.xml":
            return Responses.document(try SubmissionXML.make(json: submission.data, sha256: submission.sha256), type: "application/xml; charset=utf-8",
                                      filename: "\(base).xml")
        case let name where name.hasSuffix(".csv"):
            guard let table = StatementTables.all(record.statement).first(where: { "\($0.name).csv" == name }) else { throw Abort(.notFound) }
            return Responses.csv(try CSVDocument.write(header: table.header, rows: table.rows), filename: "\(base)-\(name)")
        default:
            throw Abort(.notFound)
        }
    }

    private static func page(_ req: Request, _ submission: Submission, entry: ReviewForm, errors: FieldErrors) async throws -> Response {
        let model = try await SubmissionShow.query(req, submission: submission)
        return SubmissionShow.view(await req.page(model.title, errors: errors), model, entry: entry)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// Central reviewers find any organisation's submission; the organisation's own readers find its own.
    private static func find(_ req: Request) async throws -> Submission {
        let staff = try req.staff
        guard let id = req.parameters.get(.submission),
              let submission = try await SubmissionRegister.find(id, visibleTo: staff.submissionScope, on: req.db)
        else { throw Abort(.notFound) }
        return submission
    }
}
