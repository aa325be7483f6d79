import GuildhallCore
import Vapor

enum ServicesController {
    struct Form: Content {
        var name: String?
        var lgsl: String?
        var lgslChoice: String?
        var division: String?
        var description: String?
        var `public`: String?
        var intent: String?

        var entry: CataloguePages.ServiceEntry {
            let typed = (lgsl ?? "").trimmingCharacters(in: .whitespaces)
            return .init(name: name ?? "", lgsl: typed.isEmpty ? (lgslChoice ?? "") : typed, division: division ?? "",
                         description: description ?? "", isPublic: `public` != "no")
        }

        var draft: ServiceDraft {
            let entry = entry
            return ServiceDraft(name: entry.name, lgsl: entry.lgsl, divisionID: UUID(uuidString: entry.division), description: entry.description, isPublic: entry.isPublic)
        }
    }

    static func show(req: Request) async throws -> Response {
        let model = try await ServiceShow.query(req)
        return ServiceShow.view(await req.page(model.name), model).response()
    }

    static func new(req: Request) async throws -> Response {
        let staff = try req.staff
        let entry = CataloguePages.ServiceEntry(division: staff.roles.contains(.programmeManager) ? "" : staff.user.$division.id?.uuidString ?? "")
        return try await form(req, entry: entry, service: nil, suggestions: [], errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(Form.self)
        if posted.intent == "suggest" { return try await suggest(req, posted, service: nil) }
        let staff = try req.staff
        return try await req.complete {
            try authorise(req, divisionID: posted.draft.divisionID)
            let service = try await CatalogueRegister.addService(posted.draft, to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(service.name) added", location: SiteURL.staff(.catalogue(.service(.value(service.id!)))).path)
        } redraw: { errors in
            return try await form(req, entry: posted.entry, service: nil, suggestions: [], errors: errors)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let service = try await CatalogueLookup.service(req)
        guard try CatalogueLookup.mayEdit(req, service) else { throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change it.") }
        let entry = CataloguePages.ServiceEntry(name: service.name, lgsl: service.lgsl.map(String.init) ?? "", division: service.$division.id.uuidString,
                                                description: service.description, isPublic: service.isPublic)
        let suggestions = service.lgsl == nil ? try await LGSLRegister.suggestions(for: service.name, on: req.db) : []
        return try await form(req, entry: entry, service: service, suggestions: suggestions, errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let service = try await CatalogueLookup.service(req)
        guard try CatalogueLookup.mayEdit(req, service) else { throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change it.") }
        let posted = try req.content.decode(Form.self)
        if posted.intent == "suggest" { return try await suggest(req, posted, service: service) }
        return try await req.complete {
            try authorise(req, divisionID: posted.draft.divisionID)
            try await CatalogueRegister.updateService(service, with: posted.draft, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Changes to \(service.name) saved", location: SiteURL.staff(.catalogue(.service(.value(service.id!)))).path)
        } redraw: { errors in
            return try await form(req, entry: posted.entry, service: service, suggestions: [], errors: errors)
        }
    }

    /// A service owner may only put services in their own division.
    private static func authorise(_ req: Request, divisionID: UUID?) throws {
        let staff = try req.staff
        guard let divisionID, !CatalogueAccess.mayEdit(serviceIn: divisionID, roles: staff.roles, userDivisionID: staff.user.$division.id) else { return }
        throw FieldErrors(field: "division", "You can only add services to your own division")
    }

    private static func suggest(_ req: Request, _ posted: Form, service: Service?) async throws -> Response {
        let suggestions = try await LGSLRegister.suggestions(for: posted.name ?? "", on: req.db)
        let errors = suggestions.isEmpty
            ? FieldErrors(field: "name", (posted.name ?? "").isEmpty ? "Enter the service’s name to find LGSL matches" : "No entries in the service list match this name")
            : FieldErrors()
        return try await form(req, entry: posted.entry, service: service, suggestions: suggestions, errors: errors)
    }

    private static func form(_ req: Request, entry: CataloguePages.ServiceEntry, service: Service?, suggestions: [LGSLService], errors: FieldErrors) async throws -> Response {
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
