import GuildhallCore
import Vapor

/// Who is signed in on this browser, kept in the session (and so in the database, shared by
/// every application node). A session lasts at most `maximumAge` from signing in.
enum StaffSession {
    static let maximumAge: TimeInterval = 12 * 60 * 60
    private static let userKey = "staff"
    private static let signedInAtKey = "signed-in-at"
    private static let flashKey = "flash"

    /// Signs `user` in on a new session id, so an id planted before signing in is worthless.
    static func signIn(_ user: User, on request: Request) async throws {
        if let oldID = request.session.id {
            try await request.application.sessions.driver.deleteSession(oldID, for: request).get()
            request.session.id = nil
        }
        request.session.data[userKey] = try user.requireID().uuidString
        request.session.data[signedInAtKey] = String(request.now.timeIntervalSince1970)
        CSRF.renew(for: request)
    }

    static func signOut(_ request: Request) {
        request.session.data[userKey] = nil
        request.session.data[signedInAtKey] = nil
        request.auth.logout(StaffMember.self)
        CSRF.renew(for: request)
    }

    static func userID(in request: Request) -> UUID? {
        guard request.hasSession,
              let id = request.session.data[userKey].flatMap(UUID.init(uuidString:)),
              let signedIn = request.session.data[signedInAtKey].flatMap(Double.init),
              request.now.timeIntervalSince1970 - signedIn < maximumAge
        else { return nil }
        return id
    }

    /// A one-off message for the next page, such as "Division added".
    static func flash(_ message: String, on request: Request) {
        request.session.data[flashKey] = message
    }

    static func takeFlash(from request: Request) -> String? {
        guard request.hasSession, let message = request.session.data[flashKey] else { return nil }
        request.session.data[flashKey] = nil
        return message
    }
}

/// Signs in the member of staff whose session this is, if any. Never for the API: a program
/// must present a token, so a page elsewhere cannot use a signed-in browser's cookie on it.
struct StaffSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !CSRFMiddleware.exemptPrefixes.contains(where: { request.url.path.hasPrefix($0) }),
           let userID = StaffSession.userID(in: request),
           let member = try await StaffMember.load(userID: userID, on: request.db) {
            request.auth.login(member)
        }
        return try await next.respond(to: request)
    }
}

/// Programs authenticate with `Authorization: Bearer <token>`.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let user = try await APITokenRegister.authenticate(bearer.token, at: request.now, on: request.db),
              let member = try await StaffMember.load(userID: user.requireID(), on: request.db)
        else { return }
        request.auth.login(member)
    }
}

/// Sends signed-out browsers to the sign-in page, and answers programs with 401.
struct RequireStaff: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self) else {
            if request.url.path.hasPrefix("/api/") {
                throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "Send a valid API token as Authorization: Bearer <token>.")
            }
            let next = request.method == .GET ? request.url.string : nil
            return request.redirect(to: SiteURL.signIn.path(query: ["next": next]))
        }
        return try await next.respond(to: request)
    }
}

/// Refuses, with 403, anyone whose roles do not grant `permission`.
struct RequirePermission: AsyncMiddleware {
    let permission: Permission

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard try request.staff.may(permission) else {
            throw Abort(.forbidden, reason: "Your account does not have access to this page. Ask an administrator if you need it.")
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// Whether this browser already has a session; reading `session` would otherwise start one,
    /// and residents who only read public pages should get no cookie at all.
    var hasSession: Bool { cookies[GuildhallSessionCookie.name] != nil }
}

enum GuildhallSessionCookie {
    static let name = "guildhall-session"
}
