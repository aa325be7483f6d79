import GuildhallCore
import Vapor

/// The organisation's consultative bodies and its decision chain.
enum CommitteesController {
    struct Form: Content {
        var name: String?
    }

    static func index(req: Request) async throws -> Response {
        try await page(req, entry: Form(), errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let entry = try req.content.decode(Form.self)
        return try await req.complete {
            let body = try await ConsultationRegister.addBody(named: entry.name ?? "", to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(body.name) added", location: SiteURL.staff(.statements(.committees)).path)
        } redraw: { errors in
            return try await page(req, entry: entry, errors: errors)
        }
    }

    private static func page(_ req: Request, entry: Form, errors: FieldErrors) async throws -> Response {
        let model = try await CommitteeIndex.query(req)
        return CommitteeIndex.view(await req.page("Committees", errors: errors), model, entry: entry)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
