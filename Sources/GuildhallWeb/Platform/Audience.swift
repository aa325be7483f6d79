import Vapor

/// The audiences the site answers. Each has its own route group with its own middleware (how it
/// signs in, whether it keeps sessions and checks CSRF tokens, how errors are written, whether
/// caches may keep answers), so no code needs to look at a path to tell audiences apart.
enum Audience: CaseIterable {
    /// Health checks, metrics and the fingerprinted assets.
    case operations
    /// The public site.
    case hub
    /// Signed-in staff pages, and signing in.
    case staff
    /// Programs with a bearer token, under `/api/v1`.
    case api
    /// Open311 GeoReport v2 clients, under `/open311/v2`.
    case open311

    func middleware(_ app: Application) -> [any Middleware] {
        let sessions = BrowserSessions(sessions: app.sessions.middleware)
        return switch self {
        case .operations: [SecurityHeadersMiddleware(caching: .allowed), PlainErrors()]
        // Residents do not sign in; a member of staff reading the Hub keeps their way back to work.
        case .hub: [SecurityHeadersMiddleware(caching: .allowed), HTMLErrorPages(), sessions, StaffSessionAuthenticator(), CSRFMiddleware()]
        case .staff: [SecurityHeadersMiddleware(caching: .never), HTMLErrorPages(), sessions, StaffSessionAuthenticator(), CSRFMiddleware()]
        case .api: [SecurityHeadersMiddleware(caching: .never), APIErrors(), APITokenAuthenticator()]
        case .open311: [SecurityHeadersMiddleware(caching: .allowed), Open311Errors()]
        }
    }

    /// Where the audience's addresses start; whatever no route there answers is a not-found in
    /// the audience's own format. The Hub takes every address no other audience claims.
    var root: [PathComponent]? {
        switch self {
        case .operations: nil
        case .hub: []
        case .staff: SiteURL.staff(.home).pathComponents
        case .api: SiteURL.api(.root).pathComponents
        case .open311: SiteURL.open311(.root).pathComponents
        }
    }

    /// The audience's route group, with a not-found for every method under its root.
    func routes(on app: Application) -> any RoutesBuilder {
        let group = app.grouped(middleware(app))
        if let root {
            for method in [HTTPMethod.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS] {
                group.on(method, root + [.catchall], body: .stream) { _ -> Response in
                    throw Abort(.notFound, reason: "Nothing is at this address.")
                }
            }
        }
        return group
    }
}
