import Crypto
import Foundation

/// A GOV.UK Notify API key, `{name}-{service id}-{secret}`: the secret is its last 36 characters
/// and the service id the 36 before the hyphen that precedes it; the name may contain hyphens.
public struct NotifyKey: Sendable, Equatable {
    public var name: String
    public var serviceID: String
    public var secret: String

    public init?(_ text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard key.count >= 36 + 1 + 36 + 2 else { return nil }
        let secret = String(key.suffix(36))
        let rest = key.dropLast(37)
        guard key.dropLast(36).last == "-", rest.count >= 38 else { return nil }
        let serviceID = String(rest.suffix(36))
        let name = rest.dropLast(37)
        guard rest.dropLast(36).last == "-", !name.isEmpty, UUID(uuidString: serviceID) != nil, UUID(uuidString: secret) != nil else { return nil }
        self.name = String(name)
        self.serviceID = serviceID
        self.secret = secret
    }

    public var text: String { "\(name)-\(serviceID)-\(secret)" }

    /// The key sealed with AES-GCM under a key derived from the installation's secret, so the
    /// database alone does not give it away.
    func sealed(with installationSecret: String) throws -> String {
        try AES.GCM.seal(Data(text.utf8), using: Self.sealingKey(installationSecret)).combined!.base64EncodedString()
    }

    static func unsealed(_ sealed: String, with installationSecret: String) -> NotifyKey? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: sealingKey(installationSecret)) else { return nil }
        return NotifyKey(String(decoding: plain, as: UTF8.self))
    }

    private static func sealingKey(_ installationSecret: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Data(installationSecret.utf8)), info: Data("guildhall notify api key".utf8),
                               outputByteCount: 32)
    }
}
