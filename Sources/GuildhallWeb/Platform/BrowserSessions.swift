import Vapor

/// Vapor's sessions, for the route groups that keep them. The request is marked, so code that
/// every audience shares (the layout, error pages) can tell whether it may read a session.
struct BrowserSessions: AsyncMiddleware {
    struct Kept: StorageKey {
        typealias Value = Bool
    }

    let sessions: SessionsMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[Kept.self] = true
        return try await sessions.respond(to: request, chainingTo: next).get()
    }
}
