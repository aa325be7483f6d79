import Foundation

/// A case's reference, as a resident reads it down the phone: the organisation's prefix, a
/// hyphen and six characters, none of which is confused with another aloud or in print (no 0 or
/// O, no 1, I or L). References never change.
public enum CaseReference {
    /// The characters a reference is made of.
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    static let length = 6

    /// A new reference with `prefix`, from `generator`'s randomness; the caller makes sure it is
    /// not already taken.
    public static func make(prefix: String, using generator: inout some RandomNumberGenerator) -> String {
        prefix + "-" + String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// An organisation's prefix made from its short name: the initials of its words, then its
    /// other letters, leaving out those that are confused; two or three characters.
    public static func prefix(for slug: String) -> String {
        let words = slug.uppercased().split(separator: "-")
        let allowed = Set(alphabet)
        var prefix = words.compactMap(\.first).filter(allowed.contains)
        for letter in words.joined().dropFirst() where prefix.count < 2 && allowed.contains(letter) && !prefix.contains(letter) {
            prefix.append(letter)
        }
        return String(prefix.prefix(3))
    }

    /// A reference as someone typed it, in capitals and without spaces.
    public static func normalise(_ text: String) -> String {
        text.uppercased().filter { !$0.isWhitespace }
    }

    /// Whether `text` has the shape of a reference.
    public static func isReference(_ text: String) -> Bool {
        let parts = normalise(text).split(separator: "-")
        guard parts.count == 2, (2...3).contains(parts[0].count), parts[1].count == length else { return false }
        let allowed = Set(alphabet)
        return parts.allSatisfy { $0.allSatisfy(allowed.contains) }
    }
}
