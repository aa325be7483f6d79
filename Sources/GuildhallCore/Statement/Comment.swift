import FluentKit
import Foundation

/// A consultee's comment on one section of a shared draft, and the programme team's answer.
public final class Comment: Model, @unchecked Sendable {
    public static let schema = "comments"

    public enum Disposition: String, Codable, Sendable, CaseIterable {
        case incorporated, noted
        case notAccepted = "not-accepted"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "consultation_id") public var consultation: Consultation
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "section") public var section: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "author_id") public var authorID: UUID?
    @Field(key: "author") public var author: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalEnum(key: "disposition") public var disposition: Disposition?
    @OptionalField(key: "response") public var response: String?
    /// The section revision that took the comment in, when it was incorporated.
    @OptionalField(key: "incorporated_in") public var incorporatedIn: Int?

    public init() {}

    public init(consultation: Consultation, section: String, text: String, by actor: Actor, at time: Date) throws {
        self.$consultation.id = try consultation.requireID()
        self.$organisation.id = consultation.$organisation.id
        self.section = section
        self.text = text
        self.authorID = actor.id
        self.author = actor.name
        self.createdAt = time
    }
}

extension Comment: Auditable {
    public static let auditEntity = "comment"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["section": section, "text": text, "disposition": disposition?.rawValue ?? "", "response": response ?? "", "incorporatedIn": incorporatedIn.map(String.init) ?? ""]
    }
}
