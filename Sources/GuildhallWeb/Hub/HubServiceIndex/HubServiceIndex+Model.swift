import GuildhallCore
import Vapor

/// Services A to Z: every public service of the council and its partners, found by words in its
/// name or description and narrowed to one organisation.
enum HubServiceIndex {
    struct Row: Equatable {
        var slug: String
        var name: String
        var organisation: String
        var summary: String
        var isOnline: Bool
    }

    struct Provider: Equatable {
        var slug: String
        var name: String
    }

    struct Letter: Equatable {
        var letter: String
        var rows: [Row]
    }

    struct Model: Equatable {
        var query: String
        var organisation: String
        var providers: [Provider]
        var letters: [Letter]
        var count: Int
    }

    static func query(_ req: Request) async throws -> Model {
        let query = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let organisation = (try? req.query.get(String.self, at: "organisation")) ?? ""
        let all = try await HubCatalogue.services(on: CalendarDay(req.now), on: req.db)
        let words = SearchText.fold(query).split(separator: " ").map(String.init)
        let found = all.filter { (organisation.isEmpty || $0.organisationSlug == organisation) && $0.matches(words) }
        var providers: [Provider] = []
        for service in all where !providers.contains(where: { $0.slug == service.organisationSlug }) {
            providers.append(Provider(slug: service.organisationSlug, name: service.organisationName))
        }
        let rows = found.map { service in
            Row(slug: service.slug, name: service.name, organisation: service.organisationName,
                summary: service.description.isEmpty ? (service.lgslDescription ?? "") : service.description,
                isOnline: service.formType != nil || service.interactions.contains(where: \.isOnline))
        }
        let grouped = Dictionary(grouping: rows) { String($0.name.prefix(1)).uppercased() }
        return Model(query: query, organisation: organisation, providers: providers.sorted { $0.name < $1.name },
                     letters: grouped.keys.sorted().map { Letter(letter: $0, rows: grouped[$0]!) }, count: rows.count)
    }
}
