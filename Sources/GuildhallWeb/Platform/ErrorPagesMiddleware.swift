import GuildhallCore
import Vapor

/// Turns errors into pages a person can act on, or into JSON for programs. Details of
/// unexpected errors go to the log with the request id, never to the browser.
struct ErrorPagesMiddleware: AsyncMiddleware {
    struct APIError: Content {
        var error = true
        var reason: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let abort = (error as? any AbortError) ?? domainError(error)
            let status = abort?.status ?? .internalServerError
            if abort == nil || status.code >= 500 {
                request.logger.report(error: error)
            }
            let reason = status.code >= 500 && abort == nil
                ? "Something went wrong on our side. Try again later; if it keeps happening, tell your administrator and quote reference \(request.logger[metadataKey: "request-id"]?.description ?? "unknown")."
                : (abort?.reason ?? status.reasonPhrase)
            let response: Response
            if request.url.path.hasPrefix("/api/") || request.url.path.hasPrefix("/open311/") {
                response = Response(status: status)
                try response.content.encode(APIError(reason: reason))
            } else {
                response = PublicPages.error(await request.page(heading(for: status)), status: status.code,
                                             heading: heading(for: status), message: message(for: status, reason: reason)).response(status)
            }
            for (name, value) in abort?.headers ?? [:] where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
                response.headers.replaceOrAdd(name: name, value: value)
            }
            return response
        }
    }

    /// Domain errors that are the request's fault rather than the server's.
    private func domainError(_ error: any Error) -> (any AbortError)? {
        if let closed = error as? StatementClosed { return Abort(.conflict, reason: closed.description) }
        if let conflict = error as? SubmissionConflict { return Abort(.conflict, reason: conflict.description) }
        return nil
    }

    private func heading(for status: HTTPStatus) -> String {
        switch status {
        case .notFound: "Page not found"
        case .forbidden: "You cannot see this page"
        case .unauthorized: "Sign in to see this page"
        case .tooManyRequests: "Too many requests"
        default: status.code >= 500 ? "Sorry, there is a problem with the service" : "There is a problem with your request"
        }
    }

    private func message(for status: HTTPStatus, reason: String) -> String {
        status == .notFound
            ? "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."
            : reason
    }
}
