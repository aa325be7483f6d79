import Foundation

/// Text as searches compare it: lower case, accents dropped, spaces collapsed.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_GB"))
            .lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
