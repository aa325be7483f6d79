import GuildhallCore
import Vapor

enum UsersController {
    static func index(req: Request) async throws -> Response {
        let model = try await StaffIndex.query(req)
        return StaffIndex.view(await req.page("Staff"), model).response()
    }

    static func new(req: Request) async throws -> Response {
        try await form(req, entry: StaffDraft(email: "", name: "", roles: []), user: nil, errors: FieldErrors())
    }

    static func create(req: Request) async throws -> Response {
        let posted = try req.content.decode(StaffDraft.self)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let staff = try req.staff
        return try await req.complete {
            let user = try await StaffRegister.add(
                posted, password: password, to: staff.organisationID,
                hashPassword: req.application.hashPassword, by: staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Account created for \(user.name)", location: SiteURL.staff(.admin(.users)).path)
        } redraw: { errors in
            return try await form(req, entry: posted, user: nil, errors: errors)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let user = try await find(req)
        let entry = StaffDraft(email: user.email, name: user.name, roles: user.roles.sorted().map(\.rawValue),
                               divisionID: user.$division.id, siteID: user.$site.id, isActive: user.isActive)
        return try await form(req, entry: entry, user: user, errors: FieldErrors())
    }

    static func update(req: Request) async throws -> Response {
        let user = try await find(req)
        let posted = try req.content.decode(StaffDraft.self)
        return try await req.complete {
            try await StaffRegister.update(user, with: posted, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "Changes to \(user.name) saved", location: SiteURL.staff(.admin(.users)).path)
        } redraw: { errors in
            return try await form(req, entry: posted, user: user, errors: errors)
        }
    }

    static func editPassword(req: Request) async throws -> Response {
        let user = try await find(req)
        return UserPages.password(await req.page("Set a new password"), user: try Choice(user)).response()
    }

    static func updatePassword(req: Request) async throws -> Response {
        let user = try await find(req)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        return try await req.complete {
            try await StaffRegister.setPassword(password, for: user, hashPassword: req.application.hashPassword,
                                                by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "New password set for \(user.name)", location: SiteURL.staff(.admin(.user(.value(user.id!)))).path)
        } redraw: { errors in
            return UserPages.password(await req.page("Set a new password", errors: errors), user: try Choice(user)).response(.unprocessableEntity)
        }
    }

    private static func find(_ req: Request) async throws -> User {
        guard let id = req.parameters.get(.user),
              let user = try await StaffRegister.find(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound) }
        return user
    }

    private static func form(_ req: Request, entry: StaffDraft, user: User?, errors: FieldErrors) async throws -> Response {
        let divisions = try await DivisionRegister.all(in: try req.staff.organisationID, on: req.db)
        let sites = try await SiteRegister.all(in: try req.staff.organisationID, on: req.db).map { Choice(id: $0.id!, name: $0.name) }
        let heading = user.map { "Change \($0.name)’s account" } ?? "Add a member of staff"
        let action = user.map { SiteURL.staff(.admin(.user(.value($0.id!)))).path } ?? SiteURL.staff(.admin(.newUser)).path
        return UserPages.form(
            await req.page(heading, errors: errors), entry: entry, divisions: try divisions.map(Choice.init), sites: sites, action: action, heading: heading,
            button: user == nil ? "Create account" : "Save changes", askPassword: user == nil,
            passwordLink: user.map { SiteURL.staff(.admin(.userPassword(.value($0.id!)))).path }
        ).response(errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
