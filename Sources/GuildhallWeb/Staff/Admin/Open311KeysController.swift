import GuildhallCore
import Vapor

/// The Open311 keys the administrator issues to client applications such as FixMyStreet.
enum Open311KeysController {
    struct Form: Content {
        var name: String?
    }

    static func index(req: Request) async throws -> Response {
        let staff = try req.staff
        let keys = try await Open311KeyRegister.all(in: staff.organisationID, on: req.db)
        let rows = try keys.map { key in
            Open311KeyPages.Row(id: try key.requireID(), name: key.name, createdAt: key.createdAt, lastUsedAt: key.lastUsedAt, isRevoked: key.isRevoked)
        }
        return Open311KeyPages.index(await req.page("Open311 keys"), organisation: staff.organisation.name, rows: rows).response()
    }

    static func new(req: Request) async throws -> Response {
        Open311KeyPages.form(await req.page("Issue an Open311 key"), name: "").response()
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(Form.self)
        let staff = try req.staff
        do {
            let (key, secret) = try await Open311KeyRegister.issue(named: posted.name ?? "", for: staff.organisation, by: staff.actor, at: req.now, on: req.db)
            return Open311KeyPages.created(await req.page("Open311 key issued"), name: key.name, secret: secret).response(.created)
        } catch let errors as FieldErrors {
            return Open311KeyPages.form(await req.page("Issue an Open311 key", errors: errors), name: posted.name ?? "").response(.unprocessableEntity)
        }
    }

    static func confirmRevoke(req: Request) async throws -> Response {
        let key = try await find(req)
        guard !key.isRevoked else { return req.redirect(to: SiteURL.staff(.admin(.open311Keys)).path) }
        return Open311KeyPages.confirmRevoke(await req.page("Revoke Open311 key"), key: try Choice(id: key.requireID(), name: key.name)).response()
    }

    static func revoke(req: Request) async throws -> Response {
        let key = try await find(req)
        try await Open311KeyRegister.revoke(key, by: try req.staff.actor, at: req.now, on: req.db)
        StaffSession.flash("The key for “\(key.name)” is revoked", on: req)
        return req.redirect(to: SiteURL.staff(.admin(.open311Keys)).path)
    }

    private static func find(_ req: Request) async throws -> Open311Key {
        guard let id = req.parameters.get(.open311Key),
              let key = try await Open311KeyRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return key
    }
}
