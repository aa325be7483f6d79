import GuildhallCore
import Vapor

/// Sends signed-out browsers to the sign-in page, and back to where they were going after it.
struct RequireSignedIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self) else {
            let next = request.method == .GET ? request.url.string : nil
            return request.redirect(to: SiteURL.staff(.signIn).path(query: ["next": next]))
        }
        return try await next.respond(to: request)
    }
}

/// Answers programs without a valid token with 401.
struct RequireToken: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self) else {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "Send a valid API token as Authorization: Bearer <token>.")
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
