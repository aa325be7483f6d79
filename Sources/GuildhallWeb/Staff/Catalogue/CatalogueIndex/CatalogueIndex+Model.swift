import Foundation
import GuildhallCore
import Vapor

/// The catalogue: the organisation's services, filtered and a page at a time, with how many of
/// each one's applicable interactions are e-enabled on a day.
enum CatalogueIndex {
    struct Filters: Equatable {
        var q = ""
        var division = ""
        var type = ""
        var status = ""

        var query: [String: String?] { ["q": q, "division": division, "type": type, "status": status] }
    }

    struct Model: Equatable {
        struct Row: Equatable {
            var id: UUID
            var name: String
            var lgsl: Int?
            var division: String
            var applicable: Int
            var eEnabled: Int
        }

        var organisation: String
        var today: CalendarDay
        var filters: Filters
        var divisions: [Choice]
        var rows: [Row]
        var paging: Paging
        var canAdd: Bool
        var canImport: Bool
    }

    struct Query: Content {
        var q: String?
        var division: String?
        var type: String?
        var status: String?
        var page: Int?
    }

    static func query(_ req: Request) async throws -> Model {
        let staff = try req.staff
        let query = try req.query.decode(Query.self)
        let filters = Filters(q: query.q ?? "", division: query.division ?? "", type: query.type ?? "", status: query.status ?? "")
        let filter = CatalogueFilter(
            text: filters.q, divisionID: UUID(uuidString: filters.division),
            type: Int(filters.type).flatMap(InteractionType.init(rawValue:)), status: CatalogueFilter.Status(rawValue: filters.status))
        let today = CalendarDay(req.now)
        let (services, paging) = try await CatalogueSearch.page(filter, in: staff.organisationID, on: today, requested: query.page, perPage: 25, db: req.db)
        let divisions = try await DivisionRegister.all(in: staff.organisationID, on: req.db)
        return Model(
            organisation: staff.organisation.name, today: today, filters: filters,
            divisions: try divisions.map(Choice.init),
            rows: try services.map { service in
                let applicable = service.interactions.filter(\.applicable)
                return Model.Row(id: try service.requireID(), name: service.name, lgsl: service.lgsl, division: service.division.name,
                                 applicable: applicable.count, eEnabled: applicable.filter { $0.isEEnabled(on: today) }.count)
            },
            paging: paging,
            canAdd: CatalogueAccess.mayAdd(roles: staff.roles, userDivisionID: staff.user.$division.id),
            canImport: staff.may(.importCatalogue))
    }
}
