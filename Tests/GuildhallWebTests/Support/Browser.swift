import Foundation
@testable import GuildhallWeb
import NIOHTTP1
import Testing
import Vapor
import VaporTesting

/// A browser for tests: keeps cookies between requests, and finds the CSRF token on a page the
/// way a real form would carry it.
final class Browser {
    let app: Application
    private var cookies: [String: String] = [:]
    var headers: HTTPHeaders = [:]

    init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form as a browser would, with the session's CSRF token unless `csrf` says otherwise.
    @discardableResult
    func post(_ path: String, _ form: [(String, String)] = [], csrf: CSRFChoice = .valid) async throws -> TestingHTTPResponse {
        var fields = form
        switch csrf {
        case .valid: fields.append(("_csrf", try await token()))
        case .none: break
        case .value(let value): fields.append(("_csrf", value))
        }
        var body = ByteBufferAllocator().buffer(capacity: 0)
        body.writeString(Self.encode(fields))
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    enum CSRFChoice {
        case valid, none
        case value(String)
    }

    @discardableResult
    func signIn(_ email: String, password: String = TestPassword.value) async throws -> TestingHTTPResponse {
        try await post("/staff/sign-in", [("email", email), ("password", password)])
    }

    /// The CSRF token of this browser's session, as found on a page.
    func token() async throws -> String {
        let page = try await get(cookies.isEmpty ? "/staff/sign-in" : "/staff")
        let html = page.body.string.contains("name=\"_csrf\"") ? page.body.string : try await get("/staff/sign-in").body.string
        guard let range = html.range(of: #"name="_csrf" value="[^"]*""#, options: .regularExpression) else {
            Issue.record("No CSRF token on the page")
            return ""
        }
        return String(html[range].dropFirst(#"name="_csrf" value=""#.count).dropLast())
    }

    func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer? = nil, contentType: String? = nil) async throws -> TestingHTTPResponse {
        var requestHeaders = headers
        if !cookies.isEmpty {
            requestHeaders.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { requestHeaders.replaceOrAdd(name: .contentType, value: contentType) }
        var response: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: requestHeaders, body: body) { response = $0 }
        guard let response else { throw Abort(.internalServerError, reason: "no response") }
        let problems = APIContract.problems(
            method: method.rawValue, path: String(path.prefix { $0 != "?" }), status: response.status.code,
            contentType: response.headers.first(name: .contentType), body: Data(response.body.readableBytesView))
        for problem in problems { Issue.record("\(problem)") }
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0]), value = String(pair[1])
            if header.contains("Expires=Thu, 01 Jan 1970") || value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
        return response
    }

    private static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}
