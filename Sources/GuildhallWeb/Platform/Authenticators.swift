import GuildhallCore
import Vapor

/// Signs in the member of staff whose session this is, if any, for the browsers' audiences (the
/// staff pages and the Hub). Never for programs: they present a token, so a page elsewhere
/// cannot use a signed-in browser's cookie on the API.
struct StaffSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let userID = StaffSession.userID(in: request),
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
