import Foundation
import Vapor
import XMLCoder

/// GeoReport v2's error list: `<errors><error><code>…</code><description>…</description></error></errors>`,
/// or the same as a JSON array.
struct Open311ErrorList: Encodable {
    struct Entry: Encodable {
        var code: Int
        var description: String
    }

    var error: [Entry]
}

/// How an Open311 answer is written: by the extension of the resource asked for, as GeoReport
/// v2 has it (`services.json`, `requests.xml`); XML when there is none, as FixMyStreet expects.
enum Open311Format {
    case xml
    case json

    init(_ request: Request) {
        self = request.url.path.lowercased().hasSuffix(".json") ? .json : .xml
    }

    static let xmlContentType = "text/xml; charset=utf-8"
    static let jsonContentType = "application/json; charset=utf-8"

    func encode(_ errors: Open311ErrorList) throws -> (body: Data, contentType: String) {
        switch self {
        case .json:
            return (try JSONEncoder().encode(errors.error), Self.jsonContentType)
        case .xml:
            let encoder = XMLEncoder()
            let body = try encoder.encode(errors, withRootKey: "errors", header: XMLHeader(version: 1.0, encoding: "utf-8"))
            return (body, Self.xmlContentType)
        }
    }
}

/// Errors in GeoReport v2's format, for Open311 clients.
struct Open311Errors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let report = ErrorReport(error, for: request)
            let list = Open311ErrorList(error: [.init(code: Int(report.status.code), description: report.reason)])
            let (body, contentType) = try Open311Format(request).encode(list)
            return report.response(body: .init(data: body), contentType: contentType)
        }
    }
}
