import Foundation
import Vapor
import XMLCoder

/// One of GeoReport v2's errors: `<errors><error><code>…</code><description>…</description></error></errors>`,
/// or the same as a JSON array.
struct Open311Error: Encodable {
    var code: Int
    var description: String
}

/// A request refused for reasons the client can fix, each one an error of the list.
struct Open311Refusal: AbortError {
    var status: HTTPStatus
    var problems: [String]

    var reason: String { problems.joined(separator: "; ") }
}

/// Errors in GeoReport v2's format, for Open311 clients.
struct Open311Errors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let report = ErrorReport(error, for: request)
            let format = Open311Format(request)
            let problems = (error as? Open311Refusal)?.problems ?? [report.reason]
            let list = Open311List("error", problems.map { Open311Error(code: Int(report.status.code), description: $0) })
            return report.response(body: .init(data: try format.encode(list, root: "errors")), contentType: format.contentType)
        }
    }
}
