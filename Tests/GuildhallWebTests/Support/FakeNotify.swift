import Crypto
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor

/// GOV.UK Notify's sending API on loopback, as far as Guildhall uses it. Like Notify, it checks
/// each request's bearer JWT (the HS256 signature made with the key's secret, `iss` the service
/// id, `iat` within 30 seconds of now) and answers 403 when it fails; it records what it
/// accepted, and answers with the statuses a test queues up before accepting again.
final class FakeNotify: Sendable {
    struct Accepted: Equatable {
        var id: String
        /// `email` or `sms`.
        var kind: String
        var template: String
        var recipient: String
        var reference: String
        /// Each field's value; a list's items are joined by " | ".
        var personalisation: [String: String]
    }

    static let serviceID = "26785a09-ab16-4eb0-8407-a37497a57506"
    static let secret = "3d844edf-8d35-48ac-975b-e847b4f122b0"
    /// A key as Notify issues one, with hyphens in its name.
    static let apiKey = "guildhall-live-key-\(serviceID)-\(secret)"

    private struct State {
        var answers: [HTTPStatus] = []
        var accepted: [Accepted] = []
        var attempts = 0
        var refusedTokens: [String] = []
    }

    private let state = NIOLockedValueBox(State())
    let url: String

    private init(url: String) {
        self.url = url
    }

    var accepted: [Accepted] { state.withLockedValue { $0.accepted } }
    /// Every request that reached it, accepted or not.
    var attempts: Int { state.withLockedValue { $0.attempts } }
    /// Why each refused token was refused.
    var refusedTokens: [String] { state.withLockedValue { $0.refusedTokens } }

    /// The next requests with a good token are answered with these statuses, in order.
    func answerNext(_ statuses: HTTPStatus...) {
        answerNext(statuses)
    }

    func answerNext(_ statuses: [HTTPStatus]) {
        state.withLockedValue { $0.answers += statuses }
    }

    static func run(_ body: (FakeNotify) async throws -> Void) async throws {
        let box = NIOLockedValueBox<FakeNotify?>(nil)
        try await withLoopbackServer({ app in
            for kind in ["email", "sms"] {
                app.post("v2", "notifications", .constant(kind)) { req async throws -> Response in
                    try box.withLockedValue { $0! }.answer(req, kind: kind)
                }
            }
        }) { url in
            let fake = FakeNotify(url: url)
            box.withLockedValue { $0 = fake }
            try await body(fake)
        }
    }

    private func answer(_ req: Request, kind: String) throws -> Response {
        state.withLockedValue { $0.attempts += 1 }
        if let problem = Self.problem(with: req.headers.bearerAuthorization?.token ?? "") {
            state.withLockedValue { $0.refusedTokens.append(problem) }
            return try Self.json(.forbidden, ["status_code": 403, "errors": [["error": "AuthError", "message": "Invalid token: \(problem)"]]])
        }
        let scripted: HTTPStatus? = state.withLockedValue { $0.answers.isEmpty ? nil : $0.answers.removeFirst() }
        if let scripted {
            let message = scripted == .badRequest ? "Can’t send to this recipient using a team-only API key" : "Internal server error"
            return try Self.json(scripted, ["status_code": Int(scripted.code), "errors": [["error": scripted == .badRequest ? "BadRequestError" : "Error", "message": message]]])
        }
        let body = try JSONSerialization.jsonObject(with: Data(buffer: req.body.data ?? ByteBuffer())) as? [String: Any] ?? [:]
        let personalisation = (body["personalisation"] as? [String: Any] ?? [:]).mapValues { value in
            (value as? [String])?.joined(separator: " | ") ?? "\(value)"
        }
        let accepted = Accepted(id: UUID().uuidString.lowercased(), kind: kind, template: body["template_id"] as? String ?? "",
                                recipient: body[kind == "email" ? "email_address" : "phone_number"] as? String ?? "",
                                reference: body["reference"] as? String ?? "", personalisation: personalisation)
        state.withLockedValue { $0.accepted.append(accepted) }
        return try Self.json(.created, ["id": accepted.id, "reference": accepted.reference, "template": ["id": accepted.template]])
    }

    /// What is wrong with the token, as Notify would see it; nil when it is good.
    static func problem(with token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let header = decode(parts[0]), let claims = decode(parts[1]) else { return "not a JWT" }
        guard header["alg"] as? String == "HS256", header["typ"] as? String == "JWT" else { return "not HS256" }
        let signature = HMAC<SHA256>.authenticationCode(for: Data("\(parts[0]).\(parts[1])".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        guard base64URL(Data(signature)) == parts[2] else { return "signature does not match" }
        guard claims["iss"] as? String == serviceID else { return "iss is not the service id" }
        guard let iat = claims["iat"] as? Double, abs(Date().timeIntervalSince1970 - iat) <= 30 else { return "iat is not within 30 seconds of now" }
        return nil
    }

    private static func decode(_ part: String) -> [String: Any]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    private static func json(_ status: HTTPStatus, _ object: [String: Any]) throws -> Response {
        let response = Response(status: status, body: .init(data: try JSONSerialization.data(withJSONObject: object)))
        response.headers.contentType = .json
        return response
    }
}
