import GuildhallCore
import Vapor

/// The organisation's GOV.UK Notify settings.
enum NotifyController {
    static func show(req: Request) async throws -> Response {
        try await page(req, fields: [:], errors: FieldErrors())
    }

    static func save(req: Request) async throws -> Response {
        let staff = try req.staff
        let fields = try req.content.decode([String: String].self)
        let templates = Dictionary(uniqueKeysWithValues: NotifyTemplate.all.map { ($0.name, fields["template-\($0.name)"] ?? "") })
        do {
            let (_, token) = try await NotifyRegister.configure(
                .init(apiKey: fields["apiKey"] ?? "", baseURL: fields["baseURL"] ?? "", templates: templates), for: staff.organisationID,
                secret: req.application.installationSecret, by: staff.actor, at: req.now, on: req.db)
            guard let token else {
                StaffSession.flash("Notify settings saved", on: req)
                return req.redirect(to: SiteURL.staff(.admin(.notify)).path)
            }
            return NotifyPages.token(await req.page("Notify callback token"), token: token, callbackURL: callbackURL(req)).response()
        } catch let errors as FieldErrors {
            return try await page(req, fields: fields, errors: errors, status: .unprocessableEntity)
        }
    }

    static func confirmNewToken(req: Request) async throws -> Response {
        guard try await NotifyRegister.find(for: try req.staff.organisationID, on: req.db) != nil else {
            return req.redirect(to: SiteURL.staff(.admin(.notify)).path)
        }
        return NotifyPages.confirmNewToken(await req.page("Make a new callback token")).response()
    }

    static func replaceToken(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let service = try await NotifyRegister.find(for: staff.organisationID, on: req.db) else {
            return req.redirect(to: SiteURL.staff(.admin(.notify)).path)
        }
        let token = try await NotifyRegister.replaceCallbackToken(of: service, by: staff.actor, at: req.now, on: req.db)
        return NotifyPages.token(await req.page("Notify callback token"), token: token, callbackURL: callbackURL(req)).response()
    }

    private static func page(_ req: Request, fields: [String: String], errors: FieldErrors, status: HTTPStatus = .ok) async throws -> Response {
        let staff = try req.staff
        let service = try await NotifyRegister.find(for: staff.organisationID, on: req.db)
        let kept = service?.templates ?? [:]
        let templates = Dictionary(uniqueKeysWithValues: NotifyTemplate.all.map { ($0.name, fields["template-\($0.name)"] ?? kept[$0] ?? "") })
        let model = NotifyPages.Model(
            organisation: staff.organisation.name,
            service: service.map { ($0.keyName, $0.serviceID, $0.updatedAt, $0.updatedBy) },
            baseURL: fields["baseURL"] ?? (service?.baseURL == NotifyService.defaultBaseURL ? "" : service?.baseURL ?? ""),
            templates: templates, callbackURL: callbackURL(req))
        return NotifyPages.show(await req.page("GOV.UK Notify", errors: errors), model).response(status)
    }

    private static func callbackURL(_ req: Request) -> String {
        req.application.guildhall.configuration.publicURL + SiteURL.operations(.deliveryReceipts).path
    }
}
