import GuildhallCore
import Vapor

enum CatalogueController {
    struct Query: Content {
        var q: String?
        var division: String?
        var type: String?
        var status: String?
        var page: Int?
    }

    static func index(req: Request) async throws -> Response {
        let staff = try req.staff
        let query = try req.query.decode(Query.self)
        let filters = CataloguePages.Filters(q: query.q ?? "", division: query.division ?? "", type: query.type ?? "", status: query.status ?? "")
        let filter = CatalogueFilter(
            text: filters.q, divisionID: UUID(uuidString: filters.division),
            type: Int(filters.type).flatMap(InteractionType.init(rawValue:)), status: CatalogueFilter.Status(rawValue: filters.status))
        let today = CalendarDay(req.now)
        let (services, paging) = try await CatalogueSearch.page(filter, in: staff.organisationID, on: today, requested: query.page, perPage: 25, db: req.db)
        let divisions = try await DivisionRegister.all(in: staff.organisationID, on: req.db)
        return CataloguePages.index(
            await req.page("Service catalogue"), services: services, paging: paging, filters: filters, divisions: divisions, today: today,
            canAdd: CatalogueAccess.mayAdd(roles: staff.roles, userDivisionID: staff.user.$division.id),
            canImport: staff.may(.importCatalogue)
        ).response()
    }

    static func export(req: Request) async throws -> Response {
        let staff = try req.staff
        return Responses.csv(try await CatalogueCSV.export(organisationID: staff.organisationID, on: req.db),
                                filename: "\(staff.organisation.slug)-catalogue.csv")
    }
}

/// CSV downloads: UTF-8, offered as a file to save.
