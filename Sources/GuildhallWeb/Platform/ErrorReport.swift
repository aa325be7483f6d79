import GuildhallCore
import Vapor

/// What an error means to whoever made the request: its status, a reason they can act on, and
/// any headers it carries. Details of unexpected errors go to the log with the request id, never
/// to the client. Each audience's error middleware draws this in its own format.
struct ErrorReport {
    var status: HTTPStatus
    var reason: String
    var headers: HTTPHeaders

    init(_ error: any Error, for request: Request) {
        let abort = (error as? any AbortError) ?? Self.domainError(error)
        status = abort?.status ?? .internalServerError
        if abort == nil || status.code >= 500 {
            request.logger.report(error: error)
        }
        reason = status.code >= 500 && abort == nil
            ? "Something went wrong on our side. Try again later; if it keeps happening, tell your administrator and quote reference \(request.logger[metadataKey: "request-id"]?.description ?? "unknown")."
            : (abort?.reason ?? status.reasonPhrase)
        headers = abort?.headers ?? [:]
    }

    /// Domain errors that are the request's fault rather than the server's.
    private static func domainError(_ error: any Error) -> (any AbortError)? {
        if let closed = error as? StatementClosed { return Abort(.conflict, reason: closed.description) }
        if let conflict = error as? SubmissionConflict { return Abort(.conflict, reason: conflict.description) }
        return nil
    }

    /// The response with the error's own headers, such as `WWW-Authenticate`, but never its body's.
    func response(body: Response.Body, contentType: String) -> Response {
        let response = Response(status: status, body: body)
        for (name, value) in headers where !["content-type", "content-length"].contains(name.lowercased()) {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        return response
    }
}

/// Errors as pages a person can act on, for the staff pages and the Hub.
struct HTMLErrorPages: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let report = ErrorReport(error, for: request)
            let heading = Self.heading(for: report.status)
            let message = report.status == .notFound
                ? "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."
                : report.reason
            let page = PublicPages.error(await request.page(heading), status: report.status.code, heading: heading, message: message)
            return report.response(body: .init(string: page.render()), contentType: "text/html; charset=utf-8")
        }
    }

    private static func heading(for status: HTTPStatus) -> String {
        switch status {
        case .notFound: "Page not found"
        case .forbidden: "You cannot see this page"
        case .unauthorized: "Sign in to see this page"
        case .tooManyRequests: "Too many requests"
        default: status.code >= 500 ? "Sorry, there is a problem with the service" : "There is a problem with your request"
        }
    }
}

/// Errors as plain text, for operators' endpoints.
struct PlainErrors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let report = ErrorReport(error, for: request)
            return report.response(body: .init(string: report.reason + "\n"), contentType: "text/plain; charset=utf-8")
        }
    }
}
