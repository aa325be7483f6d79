import FluentKit
import GuildhallCore
import Vapor

enum OrganisationsController {
    static func index(req: Request) async throws -> Response {
        let organisations = try await Organisation.query(on: req.db).sort(\.$name).all()
        let staff = try req.staff
        let home = try await HomeCouncil.find(on: req.db)
        return OrganisationPages.index(await req.page("Organisations"), organisations: try organisations.map(OrganisationPages.Row.init),
                                       ownID: staff.organisationID,
                                       home: .init(name: home?.name, ownCanBecomeIt: staff.organisation.tier.isCouncil && home?.id != staff.organisationID))
            .response()
    }

    /// Makes the administrator's own council the Hub's home council.
    static func chooseHome(req: Request) async throws -> Response {
        let staff = try req.staff
        return try await req.complete {
            try await HomeCouncil.choose(staff.organisation, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(staff.organisation.name) is now the Hub’s home council", location: SiteURL.staff(.admin(.organisations)).path)
        } redraw: { errors in
            throw Abort(.unprocessableEntity, reason: errors.problems.first?.message ?? "Choose a council")
        }
    }

    static func new(req: Request) async throws -> Response {
        await newForm(req, entry: OrganisationDraft(slug: "", name: "", tier: ""), errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(OrganisationDraft.self)
        return try await req.complete {
            let organisation = try await OrganisationRegister.add(posted, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(organisation.name) added", location: SiteURL.staff(.admin(.organisations)).path)
        } redraw: { errors in
            return await newForm(req, entry: posted, errors: errors)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let organisation = try await own(req)
        let entry = OrganisationDraft(organisation)
        return await editForm(req, organisation: organisation, entry: entry, errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let organisation = try await own(req)
        let posted = try req.content.decode(OrganisationDraft.self)
        return try await req.complete {
            try await OrganisationRegister.update(organisation, with: posted, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Organisation details saved", location: SiteURL.staff(.admin(.organisations)).path)
        } redraw: { errors in
            return await editForm(req, organisation: organisation, entry: posted, errors: errors)
        }
    }

    /// The signed-in user's own organisation; any other answers 404.
    private static func own(_ req: Request) async throws -> Organisation {
        let slug = req.parameters.get(.organisation) ?? ""
        let staff = try req.staff
        guard let organisation = try await Organisation.find(staff.organisationID, on: req.db), organisation.slug == slug else {
            throw Abort(.notFound)
        }
        return organisation
    }

    private static func newForm(_ req: Request, entry: OrganisationDraft, errors: FieldErrors) async -> Response {
        OrganisationPages.form(await req.page("Add an organisation", errors: errors), entry: entry, action: SiteURL.staff(.admin(.newOrganisation)).path,
                               heading: "Add an organisation", button: "Add organisation")
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func editForm(_ req: Request, organisation: Organisation, entry: OrganisationDraft, errors: FieldErrors) async -> Response {
        OrganisationPages.form(await req.page("Change organisation details", errors: errors), entry: entry, action: SiteURL.staff(.admin(.organisation(.value(organisation.slug)))).path,
                               heading: "Change organisation details", button: "Save changes")
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
