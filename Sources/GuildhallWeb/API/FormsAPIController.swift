import Fluent
import GuildhallCore
import Vapor

/// A service's online form through the API: its definition, read and replaced whole.
enum FormsAPIController {
    static func show(req: Request) async throws -> Response {
        let staff = try req.staff
        guard staff.may(.readCatalogue) else { throw Abort(.forbidden, reason: "This token's user cannot read the catalogue.") }
        let service = try await service(req, staff)
        guard let form = try await FormRegister.form(for: service, on: req.db) else {
            throw Abort(.notFound, reason: "\(service.name) has no online form yet; PUT a definition to make one.")
        }
        return try Responses.json(form.definition)
    }

    static func save(req: Request) async throws -> Response {
        let staff = try req.staff
        let service = try await service(req, staff)
        guard staff.may(.editCatalogue),
              CatalogueAccess.mayEdit(serviceIn: service.$division.id, roles: staff.roles, userDivisionID: staff.user.$division.id)
        else { throw Abort(.forbidden, reason: "This token's user cannot change \(service.name).") }
        let draft = FormDraft(json: try JSONBody(req).value)
        do {
            let form = try await FormRegister.define(draft, for: service, by: staff.actor, at: req.now, on: req.db)
            return try Responses.json(form.definition)
        } catch let errors as FieldErrors {
            return APIError.refused(.unprocessableEntity, "The form was not saved", errors.problems.map { "\($0.field): \($0.message)" })
        }
    }

    private static func service(_ req: Request, _ staff: StaffMember) async throws -> Service {
        guard req.parameters.get(.organisation) == staff.organisation.slug,
              let slug = req.parameters.get(.serviceSlug),
              let service = try await Service.query(on: req.db).filter(\.$organisation.$id == staff.organisationID).filter(\.$slug == slug.lowercased()).first()
        else { throw Abort(.notFound, reason: "No service with that short name is visible to this token.") }
        return service
    }
}
