import Foundation

/// URL-safe identifiers such as `wyvern-vale` or `environmental-health`.
public enum Slug {
    public static func make(from text: String) -> String {
        let folded = text
            .replacingOccurrences(of: "&", with: " and ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB"))
            .lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 60 && slug == make(from: slug)
    }
}
