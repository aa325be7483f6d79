import GuildhallCore
import Vapor

enum AuditController {
    struct Query: Content {
        var from: String?
        var to: String?
        var person: String?
        var entity: String?
        var page: Int?
    }

    static func index(req: Request) async throws -> Response {
        let staff = try req.staff
        let query = try req.query.decode(Query.self)
        let (filter, filters, errors) = parse(query)
        let (entries, paging) = try await AuditTrail.page(filter, query.page, perPage: 50, in: staff.organisationID, on: req.db)
        let (people, _) = try await StaffRegister.page(1, perPage: 1000, in: staff.organisationID, on: req.db)
        let entities = try await AuditTrail.entities(in: staff.organisationID, on: req.db)
        return AuditPages.index(await req.page("Audit trail", errors: errors), entries: entries.map(AuditPages.Row.init), paging: paging, filters: filters,
                                people: try people.map(Choice.init), entities: entities)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func csv(req: Request) async throws -> Response {
        let query = try req.query.decode(Query.self)
        let (filter, _, errors) = parse(query)
        guard errors.isEmpty else {
            throw Abort(.unprocessableEntity, reason: errors.problems.map(\.message).joined(separator: ". "))
        }
        return Responses.csv(try await AuditTrail.csv(filter, in: try req.staff.organisationID, on: req.db), filename: "audit-trail.csv")
    }

    private static func parse(_ query: Query) -> (AuditFilter, AuditPages.Filters, FieldErrors) {
        let filters = AuditPages.Filters(from: query.from ?? "", to: query.to ?? "", person: query.person ?? "", entity: query.entity ?? "")
        var errors = FieldErrors()
        var filter = AuditFilter(actorID: filters.person.isEmpty ? nil : UUID(uuidString: filters.person),
                                 entity: filters.entity.isEmpty ? nil : filters.entity)
        if !filters.from.isEmpty {
            filter.from = CalendarDay(filters.from)?.start
            if filter.from == nil { errors.add(field: "from", "From must be a real date, like 2003-04-01") }
        }
        if !filters.to.isEmpty {
            filter.until = CalendarDay(filters.to)?.adding(days: 1).start
            if filter.until == nil { errors.add(field: "to", "To must be a real date, like 2004-03-31") }
        }
        if let from = filter.from, let until = filter.until, from >= until {
            errors.add(field: "to", "To must be the same as or after From")
        }
        return (filter, filters, errors)
    }
}
