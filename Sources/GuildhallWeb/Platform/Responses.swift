import GuildhallCore
import Vapor

/// Responses whose bodies are documents rather than pages.
enum Responses {
    /// A CSV file the browser saves rather than shows.
    static func csv(_ body: String, filename: String) -> Response {
        document(body, type: "text/csv; charset=utf-8", filename: filename)
    }

    /// JSON in canonical form (sorted keys), for the API.
    static func json<T: Encodable>(_ value: T, status: HTTPStatus = .ok) throws -> Response {
        let response = Response(status: status, body: .init(data: try CanonicalJSON.encode(value)))
        response.headers.contentType = .json
        return response
    }

    /// A document of any type; with a filename, the browser offers to save it.
    static func document(_ body: String, type: String, filename: String? = nil) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        if let filename { response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"") }
        return response
    }
}
