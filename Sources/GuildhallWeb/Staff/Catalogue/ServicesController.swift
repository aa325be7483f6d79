import GuildhallCore
import Vapor

enum ServicesController {
    /// Whether the form asks for LGSL matches for the name rather than to be saved.
    private static func asksForSuggestions(_ req: Request) -> Bool {
        (try? req.content.get(String.self, at: "intent")) == "suggest"
    }

    static func show(req: Request) async throws -> Response {
        let model = try await ServiceShow.query(req)
        return ServiceShow.view(await req.page(model.name), model).response()
    }

    static func new(req: Request) async throws -> Response {
        let staff = try req.staff
        let entry = ServiceDraft(name: "", lgsl: "", divisionID: staff.roles.contains(.programmeManager) ? nil : staff.user.$division.id,
                                 description: "", isPublic: true)
        return try await form(req, entry: entry, service: nil, suggestions: [], errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(ServiceDraft.self)
        if asksForSuggestions(req) { return try await suggest(req, posted, service: nil) }
        let staff = try req.staff
        return try await req.complete {
            try authorise(req, divisionID: posted.divisionID)
            let service = try await CatalogueRegister.addService(posted, to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(service.name) added", location: SiteURL.staff(.catalogue(.service(.value(service.id!)))).path)
        } redraw: { errors in
            return try await form(req, entry: posted, service: nil, suggestions: [], errors: errors)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let service = try await CatalogueLookup.service(req)
        guard try CatalogueLookup.mayEdit(req, service) else { throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change it.") }
        let entry = ServiceDraft(name: service.name, lgsl: service.lgsl.map(String.init) ?? "", divisionID: service.$division.id,
                                 description: service.description, isPublic: service.isPublic)
        let suggestions = service.lgsl == nil ? try await LGSLRegister.suggestions(for: service.name, on: req.db) : []
        return try await form(req, entry: entry, service: service, suggestions: suggestions, errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let service = try await CatalogueLookup.service(req)
        guard try CatalogueLookup.mayEdit(req, service) else { throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change it.") }
        let posted = try req.content.decode(ServiceDraft.self)
        if asksForSuggestions(req) { return try await suggest(req, posted, service: service) }
        return try await req.complete {
            try authorise(req, divisionID: posted.divisionID)
            try await CatalogueRegister.updateService(service, with: posted, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Changes to \(service.name) saved", location: SiteURL.staff(.catalogue(.service(.value(service.id!)))).path)
        } redraw: { errors in
            return try await form(req, entry: posted, service: service, suggestions: [], errors: errors)
        }
    }

    /// A service owner may only put services in their own division.
    private static func authorise(_ req: Request, divisionID: UUID?) throws {
        let staff = try req.staff
        guard let divisionID, !CatalogueAccess.mayEdit(serviceIn: divisionID, roles: staff.roles, userDivisionID: staff.user.$division.id) else { return }
        throw FieldErrors(field: "division", "You can only add services to your own division")
    }

    private static func suggest(_ req: Request, _ posted: ServiceDraft, service: Service?) async throws -> Response {
        let suggestions = try await LGSLRegister.suggestions(for: posted.name, on: req.db)
        let errors = suggestions.isEmpty
            ? FieldErrors(field: "name", posted.name.isEmpty ? "Enter the service’s name to find LGSL matches" : "No entries in the service list match this name")
            : FieldErrors()
        return try await form(req, entry: posted, service: service, suggestions: suggestions, errors: errors)
    }

    private static func form(_ req: Request, entry: ServiceDraft, service: Service?, suggestions: [LGSLService], errors: FieldErrors) async throws -> Response {
        let staff = try req.staff
        let divisions = CatalogueAccess.divisions(try await DivisionRegister.all(in: staff.organisationID, on: req.db),
                                                  roles: staff.roles, userDivisionID: staff.user.$division.id)
        let heading = service.map { "Change \($0.name)" } ?? "Add a service"
        return CataloguePages.serviceForm(
            await req.page(heading, errors: errors), entry: entry, divisions: try divisions.map(Choice.init),
            suggestions: try suggestions.map(CataloguePages.LGSLEntry.init),
            action: service.map { SiteURL.staff(.catalogue(.editService(.value($0.id!)))).path } ?? SiteURL.staff(.catalogue(.newService)).path,
            heading: heading, button: service == nil ? "Add service" : "Save changes",
            back: service.map { SiteURL.staff(.catalogue(.service(.value($0.id!)))).path } ?? SiteURL.staff(.catalogue(.index)).path
        ).response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
