import GuildhallCore
import Vapor

/// The one shape of every error the API answers: a reason, and for input that was refused, each
/// problem with it (and, for a refused submission, what is outstanding).
struct APIError: Content {
    var error = true
    var reason: String
    var problems: [String]?
    var outstanding: [OutstandingItem]?

    /// Input that was refused, with every problem that stopped it.
    static func refused(_ status: HTTPStatus, _ reason: String, _ problems: [String], outstanding: [OutstandingItem]? = nil) -> Response {
        let response = Response(status: status)
        try? response.content.encode(APIError(reason: reason, problems: problems, outstanding: outstanding))
        return response
    }
}

/// Errors as JSON in the API's one error shape.
struct APIErrors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let report = ErrorReport(error, for: request)
            return report.response(body: .init(data: try JSONEncoder().encode(APIError(reason: report.reason))),
                                   contentType: "application/json; charset=utf-8")
        }
    }
}
