import GuildhallCore
import Vapor

enum DivisionsController {
    struct Form: Content {
        var name: String?
    }

    static func index(req: Request) async throws -> Response {
        let divisions = try await DivisionRegister.all(in: try req.staff.organisationID, on: req.db)
        return DivisionPages.index(await req.page("Divisions"), divisions: try divisions.map(DivisionPages.Row.init)).response()
    }

    static func new(req: Request) async throws -> Response {
        await form(req, name: "", division: nil, errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let name = try req.content.decode(Form.self).name ?? ""
        let staff = try req.staff
        return try await req.complete {
            let division = try await DivisionRegister.add(named: name, to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(division.name) added", location: SiteURL.staff(.admin(.divisions)).path)
        } redraw: { errors in
            return await form(req, name: name, division: nil, errors: errors)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let division = try await find(req)
        return await form(req, name: division.name, division: division, errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let division = try await find(req)
        let name = try req.content.decode(Form.self).name ?? ""
        return try await req.complete {
            try await DivisionRegister.rename(division, to: name, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Division renamed to \(division.name)", location: SiteURL.staff(.admin(.divisions)).path)
        } redraw: { errors in
            return await form(req, name: name, division: division, errors: errors)
        }
    }

    private static func find(_ req: Request) async throws -> Division {
        guard let id = req.parameters.get(.division),
              let division = try await DivisionRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return division
    }

    private static func form(_ req: Request, name: String, division: Division?, errors: FieldErrors) async -> Response {
        let heading = division == nil ? "Add a division" : "Rename \(division!.name)"
        let action = division.map { SiteURL.staff(.admin(.division(.value($0.id!)))).path } ?? SiteURL.staff(.admin(.newDivision)).path
        return DivisionPages.form(await req.page(heading, errors: errors), name: name, action: action, heading: heading,
                                  button: division == nil ? "Add division" : "Save")
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
