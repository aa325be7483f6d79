import Vapor

/// Headers that keep pages from being framed, sniffed or made to run injected script, and that
/// keep what may show personal data (staff pages, the API) out of every cache.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    /// Whether an audience's answers may be kept by caches.
    enum Caching {
        case allowed
        case never
    }

    let caching: Caching

    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
        "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if !response.headers.contains(name: "Content-Security-Policy") {
            // A response may set a stricter policy of its own, as the print document does.
            response.headers.add(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        }
        let headers = [
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("X-Frame-Options", "DENY"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if let requestID = request.logger[metadataKey: "request-id"] {
            response.headers.replaceOrAdd(name: "X-Request-Id", value: requestID.description)
        }
        // A page drawn for a signed-in member of staff is theirs alone, whichever audience drew it.
        if caching == .never || request.auth.has(StaffMember.self) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        if request.isSecure {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
            for (name, var cookie) in response.cookies.all where !cookie.isSecure {
                cookie.isSecure = true
                response.cookies[name] = cookie
            }
        }
        return response
    }
}

extension Request {
    /// Whether the browser reached us over TLS, directly or through a proxy that says so.
    var isSecure: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
