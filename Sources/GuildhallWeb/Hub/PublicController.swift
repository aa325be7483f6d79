import FluentKit
import GuildhallCore
import Vapor

/// The Hub's pages for everyone: nobody signs in to read them.
enum PublicController {
    static func home(req: Request) async throws -> Response {
        let council = try await HomeCouncil.find(on: req.db)
        let services = try await HubCatalogue.services(on: CalendarDay(req.now), on: req.db)
        var centres: [Site] = []
        if let council { centres = try await SiteRegister.all(in: council.requireID(), on: req.db) }
        let model = HubPages.Home(
            council: council?.name, phone: council?.phone,
            tasks: services.filter { $0.formType != nil && $0.organisationSlug == council?.slug }.map { HubPages.Task(slug: $0.slug, name: $0.name) },
            centres: centres.map { HubPages.Centre(name: $0.name, address: $0.address, openingHours: $0.openingHours) })
        return HubPages.home(await req.page("Home"), model).response()
    }

    static func services(req: Request) async throws -> Response {
        HubServiceIndex.view(await req.page("Services A to Z"), try await HubServiceIndex.query(req)).response()
    }

    static func service(req: Request) async throws -> Response {
        let model = try await HubServiceShow.query(req)
        return HubServiceShow.view(await req.page(model.name), model).response()
    }

    static func partners(req: Request) async throws -> Response {
        let council = try await HomeCouncil.find(on: req.db)
        let services = try await HubCatalogue.services(on: CalendarDay(req.now), on: req.db)
        let organisations = try await Organisation.query(on: req.db).filter(\.$tier != .central).sort(\.$name).all()
            .filter { $0.id != council?.id }
        let partners = organisations.map { organisation in
            HubPages.Partner(name: organisation.name, kind: organisation.tier.label, phone: organisation.phone, website: organisation.website,
                             services: services.filter { $0.organisationSlug == organisation.slug }.map { HubPages.Task(slug: $0.slug, name: $0.name) })
        }
        return HubPages.partners(await req.page("Partners"), council: council?.name, partners: partners).response()
    }

    static func privacy(req: Request) async throws -> Response {
        HubPages.privacy(await req.page("Privacy notice"), council: try await HomeCouncil.find(on: req.db)?.name).response()
    }

    static func accessibility(req: Request) async throws -> Response {
        PublicPages.accessibility(await req.page("Accessibility statement")).response()
    }
}
