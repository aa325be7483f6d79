import Foundation

/// What someone enters about a resident, as typed, on the staff pages or through the API.
public struct ResidentDraft: Sendable, Equatable {
    public var kindChoice: String
    public var name: String
    public var email: String
    public var phone: String
    public var addressLines: [String]
    public var postcode: String
    public var uprn: String
    public var preferredChannelChoice: String
    public var consentsToEmail: Bool
    public var consentsToText: Bool
    public var needChoices: [String]
    public var notes: String

    public init(
        kind: String = Resident.Kind.person.rawValue, name: String, email: String = "", phone: String = "", addressLines: [String] = [],
        postcode: String = "", uprn: String = "", preferredChannel: String = "", consentsToEmail: Bool = false,
        consentsToText: Bool = false, needs: [String] = [], notes: String = ""
    ) {
        self.kindChoice = kind
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.email = email.trimmingCharacters(in: .whitespaces)
        self.phone = phone.trimmingCharacters(in: .whitespaces)
        self.addressLines = addressLines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.postcode = postcode.trimmingCharacters(in: .whitespaces)
        self.uprn = uprn.trimmingCharacters(in: .whitespaces)
        self.preferredChannelChoice = preferredChannel
        self.consentsToEmail = consentsToEmail
        self.consentsToText = consentsToText
        self.needChoices = needs
        self.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A draft of the resident as recorded, for editing.
    public init(_ resident: Resident) {
        self.init(kind: resident.kind.rawValue, name: resident.name, email: resident.email ?? "", phone: resident.phone ?? "",
                  addressLines: resident.addressLines, postcode: resident.postcode ?? "", uprn: resident.uprn ?? "",
                  preferredChannel: resident.preferredChannel?.rawValue ?? "", consentsToEmail: resident.consentsToEmail,
                  consentsToText: resident.consentsToText, needs: resident.needs.map(\.rawValue), notes: resident.notes)
    }

    public var kind: Resident.Kind { Resident.Kind(rawValue: kindChoice) ?? .person }
    public var preferredChannel: ContactChannel? { ContactChannel(rawValue: preferredChannelChoice) }
    public var needs: [Resident.Need] { Resident.Need.allCases.filter { needChoices.contains($0.rawValue) } }
    public var keys: ResidentKeys { ResidentKeys(name: name, email: email, phone: phone, postcode: postcode) }

    /// Everything wrong with the draft, by field.
    public func check() throws {
        var errors = FieldErrors()
        if Resident.Kind(rawValue: kindChoice) == nil { errors.add(field: "kind", "Choose a person or an organisation") }
        if name.isEmpty { errors.add(field: "name", "Enter the resident’s name") }
        else if name.count > 200 { errors.add(field: "name", "Name must be 200 characters or fewer") }
        if !email.isEmpty, !Self.looksLikeEmail(email) { errors.add(field: "email", "Enter an email address like name@example.com") }
        if !phone.isEmpty, (ResidentKeys.phone(phone)?.count ?? 0) < 6 || phone.contains(where: \.isLetter) {
            errors.add(field: "phone", "Enter a phone number like 01632 960 001 or +44 7700 900 123")
        }
        if addressLines.count > 6 || addressLines.contains(where: { $0.count > 200 }) {
            errors.add(field: "address", "Enter up to six lines of address, each 200 characters or fewer")
        }
        if !postcode.isEmpty, !Self.looksLikePostcode(postcode) { errors.add(field: "postcode", "Enter a postcode like WV1 2AB") }
        if !uprn.isEmpty, uprn.count > 12 || !uprn.allSatisfy(\.isASCII) || !uprn.allSatisfy(\.isNumber) {
            errors.add(field: "uprn", "A UPRN is a number of up to 12 digits")
        }
        if !preferredChannelChoice.isEmpty, preferredChannel == nil {
            errors.add(field: "preferredChannel", "Choose one of: " + ContactChannel.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let unknown = needChoices.filter { Resident.Need(rawValue: $0) == nil }
        if !unknown.isEmpty { errors.add(field: "needs", "Unknown needs: \(unknown.joined(separator: ", "))") }
        if notes.count > 5000 { errors.add(field: "notes", "Notes must be 5,000 characters or fewer") }
        try errors.check()
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: \.isWhitespace) && text.count <= 254
    }

    /// The shape of a UK postcode: an outward code of two to four characters, then a digit and two letters.
    static func looksLikePostcode(_ text: String) -> Bool {
        let compact = Array(text.filter { !$0.isWhitespace }.uppercased())
        guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), compact[0].isLetter else { return false }
        let inward = compact.suffix(3)
        return inward.first!.isNumber && inward.dropFirst().allSatisfy(\.isLetter)
    }

    /// A postcode in capitals with its single space before the inward code: `wv12ab` is `WV1 2AB`.
    static func formatPostcode(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }.uppercased()
        return compact.dropLast(3) + " " + compact.suffix(3)
    }
}

extension ResidentDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case kind, name, email, phone, address, postcode, uprn, preferredChannel, consents, needs, notes
    }

    /// From a form: the address is a text area of lines; consents (`email`, `text`) and needs are checkboxes.
    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        let consents = try form.ticked(.consents)
        self.init(kind: try form.text(.kind).nilIfEmpty ?? Resident.Kind.person.rawValue, name: try form.text(.name), email: try form.text(.email),
                  phone: try form.text(.phone), addressLines: try form.text(.address).components(separatedBy: .newlines),
                  postcode: try form.text(.postcode), uprn: try form.text(.uprn), preferredChannel: try form.text(.preferredChannel),
                  consentsToEmail: consents.contains("email"), consentsToText: consents.contains("text"),
                  needs: try form.ticked(.needs), notes: try form.text(.notes))
    }
}
