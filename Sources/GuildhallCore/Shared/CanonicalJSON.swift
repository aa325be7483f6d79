import Foundation

/// JSON with sorted keys and no escaped slashes: the one form in which a document is stored,
/// served and hashed, so that the same content always gives the same bytes.
public enum CanonicalJSON {
    /// Dates are written in ISO 8601.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }
}
