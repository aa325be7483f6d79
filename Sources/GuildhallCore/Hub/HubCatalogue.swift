import FluentKit
import Foundation

/// A public service as the Hub shows it: who provides it, what of it can be done online, and
/// which form starts it.
public struct HubService: Sendable, Equatable {
    public struct Interaction: Sendable, Equatable {
        public var type: InteractionType
        public var isOnline: Bool
        /// Where to do it online, when the catalogue says.
        public var evidenceURL: String?
        /// When it is meant to be online, if it is not yet.
        public var targetOn: CalendarDay?
    }

    public var slug: String
    public var name: String
    public var description: String
    public var lgslDescription: String?
    public var organisationID: UUID?
    public var organisationSlug: String
    public var organisationName: String
    public var interactions: [Interaction]
    /// The interaction its published form carries out, if it has one.
    public var formType: InteractionType?

    /// What a search compares: the name, the description and the LGSL description, folded.
    var searchText: String {
        SearchText.fold([name, description, lgslDescription ?? ""].joined(separator: " "))
    }

    public func matches(_ words: [String]) -> Bool {
        let text = searchText
        return words.allSatisfy { text.contains($0) }
    }
}

/// The Hub's view of the catalogue: every public service of the installation's councils and
/// partners, on a day.
public enum HubCatalogue {
    /// Every public service, by name; the home council's first where two share a name.
    public static func services(on day: CalendarDay, on db: any Database) async throws -> [HubService] {
        let organisations = try await Organisation.query(on: db).filter(\.$tier != .central).all()
        let services = try await Service.query(on: db).filter(\.$isPublic == true).filter(\.$organisation.$id ~~ organisations.compactMap(\.id))
            .with(\.$interactions).all()
        let home = try await HomeCouncil.find(on: db)?.id
        return try await described(services, of: organisations, on: day, on: db)
            .sorted { a, b in
                let rank = { (service: HubService) in (service.name.lowercased(), service.organisationID == home ? 0 : 1, service.organisationName) }
                return rank(a) < rank(b)
            }
    }

    /// The public service at `/services/{slug}`: the home council's when more than one organisation uses the slug.
    public static func service(_ slug: String, on day: CalendarDay, on db: any Database) async throws -> HubService? {
        guard let (service, organisation) = try await locate(slug, on: db) else { return nil }
        return try await described([service], of: [organisation], on: day, on: db).first
    }

    /// The public service with this short name and its organisation, the home council's first.
    public static func locate(_ slug: String, on db: any Database) async throws -> (Service, Organisation)? {
        let services = try await Service.query(on: db).filter(\.$slug == slug.lowercased()).filter(\.$isPublic == true)
            .with(\.$organisation).with(\.$interactions).all()
            .filter { $0.organisation.tier != .central }
        let home = try await HomeCouncil.find(on: db)?.id
        let chosen = services.first { $0.$organisation.id == home } ?? services.min { $0.organisation.name < $1.organisation.name }
        return chosen.map { ($0, $0.organisation) }
    }

    /// The services as the Hub shows them, with their LGSL descriptions and published forms.
    private static func described(_ services: [Service], of organisations: [Organisation], on day: CalendarDay,
                                  on db: any Database) async throws -> [HubService] {
        let byID = Dictionary(uniqueKeysWithValues: organisations.compactMap { organisation in organisation.id.map { ($0, organisation) } })
        let lgsl = try await LGSLService.query(on: db).filter(\.$id ~~ services.compactMap(\.lgsl)).all()
        let descriptions = Dictionary(uniqueKeysWithValues: lgsl.compactMap { entry in entry.id.map { ($0, entry.description) } })
        let forms = try await OnlineForm.query(on: db).filter(\.$service.$id ~~ services.compactMap(\.id)).filter(\.$publishedFrom <= day).all()
        let formTypes = Dictionary(forms.map { ($0.$service.id, $0.interactionType) }, uniquingKeysWith: { first, _ in first })
        return services.compactMap { service in
            guard let organisation = byID[service.$organisation.id] else { return nil }
            return HubService(
                slug: service.slug, name: service.name, description: service.description, lgslDescription: service.lgsl.flatMap { descriptions[$0] },
                organisationID: organisation.id, organisationSlug: organisation.slug, organisationName: organisation.name,
                interactions: service.interactions.filter(\.applicable).sorted { $0.type < $1.type }.map { interaction in
                    HubService.Interaction(type: interaction.type, isOnline: interaction.isEEnabled(on: day), evidenceURL: interaction.evidenceURL,
                                           targetOn: interaction.targetOn)
                },
                formType: service.id.flatMap { formTypes[$0] })
        }
    }
}
