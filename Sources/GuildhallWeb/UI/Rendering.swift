import GuildhallCore
import Plot
import Vapor

extension Request {
    /// The page context for this request; `errors` puts "Error: " in the title and a summary on top.
    /// Signed-out visitors see the home council's name; staff see their own organisation's.
    func page(_ title: String, errors: FieldErrors = FieldErrors()) async -> PageContext {
        let staff = auth.get(StaffMember.self)
        let assets: Assets
        do {
            assets = try application.guildhall.assets.assets()
        } catch {
            // `serve` loads the assets before it listens, so this is only ever a page without style.
            logger.error("Pages are drawn without their stylesheets: \(error)")
            assets = Assets.none
        }
        var siteName = staff?.organisation.name
        if siteName == nil {
            siteName = (try? await HomeCouncil.find(on: db))?.name
        }
        return PageContext(
            title: title,
            signedIn: staff.map { SignedIn(name: $0.user.name, organisation: $0.organisation.name, roles: $0.roles) },
            siteName: siteName ?? "Guildhall",
            csrfToken: staff == nil ? "" : CSRF.token(for: self), currentPath: url.path,
            assets: assets, flash: StaffSession.takeFlash(from: self), errors: errors)
    }

    /// The page context for a page with a form that anyone may post, such as an online form's
    /// steps: signed out, the session is kept only for pages like these.
    func formPage(_ title: String, errors: FieldErrors = FieldErrors()) async -> PageContext {
        var context = await page(title, errors: errors)
        context.csrfToken = csrfToken
        return context
    }

    /// The CSRF token for a form on a page that anyone may see, such as sign-in.
    var csrfToken: String { CSRF.token(for: self) }
}

extension HTML {
    func response(_ status: HTTPStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: render()))
        response.headers.contentType = .html
        return response
    }
}
