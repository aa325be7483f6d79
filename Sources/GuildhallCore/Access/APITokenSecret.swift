import Crypto
import Foundation

/// The secret value of an API token. Made of 256 random bits; only its SHA-256 is stored, so a
/// stolen database does not yield usable tokens, and checking one costs a single hash.
public struct APITokenSecret: Sendable {
    public static let prefix = "gh_"
    public let value: String

    public init(value: String) {
        self.value = value
    }

    public static func generate() -> APITokenSecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return APITokenSecret(value: prefix + encoded)
    }

    public var hash: String { Self.hash(value) }

    public static func hash(_ value: String) -> String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether a token's or key's last use should be written again: at most once a minute, so that
    /// a program's every request is not also a write.
    public static func shouldRecordUse(lastUsedAt: Date?, now: Date) -> Bool {
        lastUsedAt.map { now.timeIntervalSince($0) >= 60 } ?? true
    }

    /// Compares without stopping at the first difference, so timing reveals nothing.
    public func matches(storedHash: String) -> Bool {
        let a = Array(hash.utf8), b = Array(storedHash.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
