import AsyncHTTPClient
import Foundation
import JWTKit
import NIOCore
import NIOHTTP1

/// GOV.UK Notify's API for sending one email or text message: a JSON POST with a fresh JWT
/// (HS256, `iss` the service id, `iat` now) signed with the API key's secret.
public struct NotifyClient: Sendable {
    let http: HTTPClient
    let baseURL: String
    let key: NotifyKey
    var timeout: TimeAmount = .seconds(10)

    public init(http: HTTPClient, baseURL: String, key: NotifyKey) {
        self.http = http
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.key = key
    }

    struct Claims: JWTPayload {
        var iss: IssuerClaim
        var iat: IssuedAtClaim

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    struct Body: Encodable {
        var email_address: String?
        var phone_number: String?
        var template_id: String
        var personalisation: Personalisation
        var reference: String
    }

    struct Accepted: Decodable {
        var id: String
    }

    struct Problems: Decodable {
        struct Problem: Decodable {
            var error: String
            var message: String
        }

        var errors: [Problem]
    }

    /// Sends one message; the outcome says whether to try again.
    func send(_ channel: NotificationChannel, to recipient: String, template: String, personalisation: Personalisation,
              reference: String) async -> Outbox.Outcome {
        let body = Body(email_address: channel == .email ? recipient : nil, phone_number: channel == .sms ? recipient : nil,
                        template_id: template, personalisation: personalisation, reference: reference)
        do {
            var request = HTTPClientRequest(url: "\(baseURL)/v2/notifications/\(channel.rawValue)")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(try await token())")
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "User-Agent", value: "Guildhall")
            request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
            let response = try await http.execute(request, timeout: timeout)
            let bytes = try await response.body.collect(upTo: 1 << 20)
            let data = Data(bytes.readableBytesView)
            switch response.status.code {
            case 200..<300:
                return .sent(via: "notify", notifyID: (try? JSONDecoder().decode(Accepted.self, from: data))?.id)
            case 429, 500...:
                return .retry("Notify answered \(response.status.code): \(Self.reason(data))")
            default:
                return .refused("Notify refused it (\(response.status.code)): \(Self.reason(data))")
            }
        } catch {
            return .retry("Notify could not be reached: \(error)")
        }
    }

    private func token() async throws -> String {
        let keys = await JWTKeyCollection().add(hmac: HMACKey(from: key.secret), digestAlgorithm: .sha256)
        return try await keys.sign(Claims(iss: IssuerClaim(value: key.serviceID), iat: IssuedAtClaim(value: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))))
    }

    private static func reason(_ data: Data) -> String {
        if let problems = try? JSONDecoder().decode(Problems.self, from: data), !problems.errors.isEmpty {
            return problems.errors.map { "\($0.error): \($0.message)" }.joined(separator: "; ")
        }
        let text = String(decoding: data.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "no reason given" : text
    }
}
