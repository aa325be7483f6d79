import GuildhallCore
import Vapor

/// One public service: what of it can be done online, how to start its form, and how else to
/// get it done.
enum HubServiceShow {
    struct Way: Equatable {
        var type: String
        var isOnline: Bool
        var link: String?
        var startsForm: Bool
        var targetOn: CalendarDay?
    }

    struct Model: Equatable {
        var slug: String
        var name: String
        var organisation: String
        var description: String
        var ways: [Way]
        var hasForm: Bool
        var phone: String?
        var website: String?
        var centres: [HubPages.Centre]
    }

    static func query(_ req: Request) async throws -> Model {
        guard let slug = req.parameters.get(.serviceSlug),
              let service = try await HubCatalogue.service(slug, on: CalendarDay(req.now), on: req.db),
              let organisation = try await OrganisationRegister.find(slug: service.organisationSlug, on: req.db)
        else { throw Abort(.notFound) }
        let centres = try await SiteRegister.all(in: organisation.requireID(), on: req.db)
        return Model(
            slug: service.slug, name: service.name, organisation: service.organisationName,
            description: service.description.isEmpty ? (service.lgslDescription ?? "") : service.description,
            ways: service.interactions.map { interaction in
                Way(type: interaction.type.label, isOnline: interaction.isOnline || service.formType == interaction.type,
                    link: interaction.isOnline ? interaction.evidenceURL : nil, startsForm: service.formType == interaction.type,
                    targetOn: interaction.targetOn)
            },
            hasForm: service.formType != nil, phone: organisation.phone, website: organisation.website,
            centres: centres.map { HubPages.Centre(name: $0.name, address: $0.address, openingHours: $0.openingHours) })
    }
}
