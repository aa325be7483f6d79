import GuildhallCore
import Vapor

enum TokensController {
    struct Form: Content {
        var name: String?
        var user: String?
    }

    static func index(req: Request) async throws -> Response {
        let model = try await TokenIndex.query(req)
        return TokenIndex.view(await req.page("API tokens"), model).response()
    }

    static func new(req: Request) async throws -> Response {
        try await form(req, name: "", userID: try req.staff.user.id!.uuidString, errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(Form.self)
        let staff = try req.staff
        guard let userID = posted.user.flatMap(UUID.init(uuidString:)),
              let user = try await StaffRegister.find(userID, in: staff.organisationID, on: req.db), user.isActive
        else {
            return try await form(req, name: posted.name ?? "", userID: "", errors: FieldErrors(field: "user", "Select who the token acts as"))
        }
        do {
            let (token, secret) = try await APITokenRegister.issue(named: posted.name ?? "", for: user, by: staff.actor, at: req.now, on: req.db)
            return TokenPages.created(await req.page("API token created"), name: token.name, secret: secret).response(.created)
        } catch let errors as FieldErrors {
            return try await form(req, name: posted.name ?? "", userID: userID.uuidString, errors: errors)
        }
    }

    static func confirmRevoke(req: Request) async throws -> Response {
        let token = try await find(req)
        guard !token.isRevoked else { return req.redirect(to: SiteURL.staff(.admin(.tokens)).path) }
        return TokenPages.confirmRevoke(await req.page("Revoke API token"), token: try Choice(id: token.requireID(), name: token.name)).response()
    }

    static func revoke(req: Request) async throws -> Response {
        let token = try await find(req)
        try await APITokenRegister.revoke(token, by: try req.staff.actor, at: req.now, on: req.db)
        StaffSession.flash("Token “\(token.name)” revoked", on: req)
        return req.redirect(to: SiteURL.staff(.admin(.tokens)).path)
    }

    private static func find(_ req: Request) async throws -> APIToken {
        guard let id = req.parameters.get(.token),
              let token = try await APITokenRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return token
    }

    private static func form(_ req: Request, name: String, userID: String, errors: FieldErrors) async throws -> Response {
        let (users, _) = try await StaffRegister.page(1, perPage: 1000, in: try req.staff.organisationID, on: req.db)
        return TokenPages.form(await req.page("Create an API token", errors: errors), name: name, userID: userID,
                               users: try users.filter(\.isActive).map { Choice(id: try $0.requireID(), name: "\($0.name) (\($0.email))") })
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
