import GuildhallCore
import Vapor

/// Who is signed in on this browser, kept in the session (and so in the database, shared by
/// every application node). A session lasts at most `maximumAge` from signing in.
enum StaffSession {
    static let cookieName = "guildhall-session"
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

extension Request {
    /// Whether this browser already has a session, in a route group that keeps sessions. Reading
    /// `session` would otherwise start one, and residents who only read pages should get no cookie.
    var hasSession: Bool {
        storage.contains(BrowserSessions.Kept.self) && cookies[StaffSession.cookieName] != nil
    }
}
