import FluentKit
import Foundation

/// A person or organisation the council serves. A merged resident keeps its row, pointing at the
/// record it was merged into, so its id still resolves.
public final class Resident: Model, @unchecked Sendable {
    public static let schema = "residents"

    public enum Kind: String, CaseIterable, Codable, Sendable {
        case person, organisation

        public var label: String { self == .person ? "A person" : "An organisation" }
    }

    /// What a resident needs from us to be served well.
    public enum Need: String, CaseIterable, Codable, Sendable {
        case largePrint = "large-print"
        case interpreter
        case bsl
        case easyRead = "easy-read"
        case braille
        case homeVisit = "home-visit"

        public var label: String {
            switch self {
            case .largePrint: "Large print"
            case .interpreter: "An interpreter"
            case .bsl: "British Sign Language"
            case .easyRead: "Easy read"
            case .braille: "Braille"
            case .homeVisit: "A home visit"
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Enum(key: "kind") public var kind: Kind
    @Field(key: "name") public var name: String
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "phone") public var phone: String?
    /// The address's lines, one to a line.
    @Field(key: "address") public var address: String
    @OptionalField(key: "postcode") public var postcode: String?
    @OptionalField(key: "uprn") public var uprn: String?
    @OptionalField(key: "preferred_channel") public var preferredChannel: ContactChannel?
    @Field(key: "consents_to_email") public var consentsToEmail: Bool
    @Field(key: "consents_to_text") public var consentsToText: Bool
    /// `Need` raw values, separated by `;`.
    @Field(key: "needs") public var needList: String
    @Field(key: "notes") public var notes: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "merged_into_id") public var mergedIntoID: UUID?
    @OptionalField(key: "email_key") public var emailKey: String?
    @OptionalField(key: "phone_key") public var phoneKey: String?
    @OptionalField(key: "surname_key") public var surnameKey: String?
    @OptionalField(key: "postcode_key") public var postcodeKey: String?
    /// Name, email, phone and postcode folded for searching: lower case, no accents, the phone as
    /// digits and the postcode without its space.
    @Field(key: "search_text") public var searchText: String

    public init() {}

    public var needs: [Need] { needList.split(separator: ";").compactMap { Need(rawValue: String($0)) } }
    public var addressLines: [String] { address.split(separator: "\n").map(String.init) }
    public var keys: ResidentKeys { ResidentKeys(name: name, email: email, phone: phone, postcode: postcode) }

    /// Writes the draft's values and the keys derived from them.
    func apply(_ draft: ResidentDraft) {
        kind = draft.kind
        name = draft.name
        email = draft.email.nilIfEmpty
        phone = draft.phone.nilIfEmpty
        address = draft.addressLines.joined(separator: "\n")
        postcode = draft.postcode.nilIfEmpty.map(ResidentDraft.formatPostcode)
        uprn = draft.uprn.nilIfEmpty
        preferredChannel = draft.preferredChannel
        consentsToEmail = draft.consentsToEmail
        consentsToText = draft.consentsToText
        needList = draft.needs.map(\.rawValue).joined(separator: ";")
        notes = draft.notes
        let keys = self.keys
        emailKey = keys.email
        phoneKey = keys.phone
        surnameKey = keys.surname
        postcodeKey = keys.postcode
        searchText = SearchText.fold([name, email ?? "", keys.phone ?? "", keys.postcode ?? ""].joined(separator: " "))
    }

    /// Merged into `kept`: the record stays, for its history, but no search or duplicate rule finds it.
    func retire(into kept: UUID) {
        mergedIntoID = kept
        emailKey = nil
        phoneKey = nil
        surnameKey = nil
        postcodeKey = nil
        searchText = ""
    }
}

extension Resident: Auditable {
    public static let auditEntity = "resident"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        [
            "kind": kind.rawValue, "name": name, "email": email ?? "", "phone": phone ?? "", "address": address,
            "postcode": postcode ?? "", "uprn": uprn ?? "", "preferredChannel": preferredChannel?.rawValue ?? "",
            "consentsToEmail": String(consentsToEmail), "consentsToText": String(consentsToText), "needs": needList,
            "notes": notes, "mergedInto": mergedIntoID?.uuidString ?? "",
        ]
    }
}

extension String {
    /// The text, or nothing when it is empty.
    public var nilIfEmpty: String? { isEmpty ? nil : self }
}
