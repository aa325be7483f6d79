import Crypto
import Vapor

/// Cross-site request forgery protection for everything a browser can post. Each session holds a
/// random seed; forms carry the seed signed with the installation's secret, and any
/// POST, PUT, PATCH or DELETE from a browser without a matching token is refused with 403.
enum CSRF {
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"
    private static let sessionKey = "csrf"

    /// The token for this request's session, creating the session's seed if it has none.
    static func token(for request: Request) -> String {
        let seed: String
        if let existing = request.session.data[sessionKey] {
            seed = existing
        } else {
            seed = randomSeed()
            request.session.data[sessionKey] = seed
        }
        return sign(seed, request: request)
    }

    static func isValid(_ presented: String?, for request: Request) -> Bool {
        guard let presented, let seed = request.session.data[sessionKey] else { return false }
        let expected = Array(sign(seed, request: request).utf8)
        let given = Array(presented.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A fresh seed, as at sign-in, so a token seen before signing in is no good after.
    static func renew(for request: Request) {
        request.session.data[sessionKey] = randomSeed()
    }

    private static func sign(_ seed: String, request: Request) -> String {
        let secret = request.application.installationSecret
        let mac = HMAC<SHA256>.authenticationCode(for: Data(seed.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(mac).base64EncodedString()
    }

    private static func randomSeed() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
    }
}

/// For the audiences that use browsers' cookies. Programs use bearer tokens or keys instead, so
/// a forged request cannot act for them and their route groups go without.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else { return try await next.respond(to: request) }
        // Vapor collects a route's body only after its middleware, and a body that arrives in more
        // than one piece would not be here yet: it is collected now, within the same limits.
        if request.body.data == nil, request.headers.first(name: CSRF.headerName) == nil {
            let limit = request.headers.contentType == .formData ? CSRFMiddleware.uploadLimit : request.application.routes.defaultMaxBodySize
            _ = try await request.body.collect(max: limit.value).get()
        }
        // Plain forms are read field by field, since names like `rows[0].volume` are not what the
        // content decoder expects; uploads are read by the decoder.
        let presented = request.headers.first(name: CSRF.headerName)
            ?? (request.headers.contentType == .urlEncodedForm ? request.formFields[CSRF.fieldName] : try? request.content.get(String.self, at: CSRF.fieldName))
        guard CSRF.isValid(presented, for: request) else {
            request.logger.notice("Refused a form without a valid CSRF token")
            throw Abort(.forbidden, reason: "This form has expired or did not come from Guildhall. Go back, reload the page and try again.")
        }
        return try await next.respond(to: request)
    }

    /// The largest upload any browser form takes: a catalogue file.
    static let uploadLimit: ByteCount = "50mb"
}
