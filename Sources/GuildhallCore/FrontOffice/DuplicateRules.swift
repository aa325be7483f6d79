import Foundation

/// Why a new resident may be someone already known.
public enum DuplicateRule: String, CaseIterable, Codable, Sendable {
    case email
    case phone
    case surnameAndPostcode = "surname-and-postcode"
}

/// What two residents are compared by: the same email (in any case), the same phone number
/// (its digits, `+44` read as `0`), or the same surname and postcode (without spaces, in capitals).
public struct ResidentKeys: Equatable, Sendable {
    public var email: String?
    public var phone: String?
    public var surname: String?
    public var postcode: String?

    public init(name: String, email: String?, phone: String?, postcode: String?) {
        self.email = email.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        self.phone = phone.flatMap(Self.phone)
        self.surname = name.split(whereSeparator: \.isWhitespace).last
            .map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        self.postcode = postcode.flatMap(Self.postcode)
    }

    /// A phone number's digits, with the international `+44` read as the national `0` (and a
    /// `(0)` written after it, as people often do, not doubled).
    public static func phone(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = String(trimmed.filter(\.isASCII).filter(\.isNumber))
        if trimmed.hasPrefix("+44") {
            let national = digits.dropFirst(2)
            digits = national.hasPrefix("0") ? String(national) : "0" + national
        }
        return digits.isEmpty ? nil : digits
    }

    public static func postcode(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }.uppercased()
        return compact.isEmpty ? nil : compact
    }

    /// Each rule by which `other` may be the same person.
    public func rules(matching other: ResidentKeys) -> [DuplicateRule] {
        var rules: [DuplicateRule] = []
        if let email, email == other.email { rules.append(.email) }
        if let phone, phone == other.phone { rules.append(.phone) }
        if let surname, let postcode, surname == other.surname, postcode == other.postcode { rules.append(.surnameAndPostcode) }
        return rules
    }
}
