import FluentKit
import Foundation

/// A section's content as it was saved, kept for good so any two can be compared.
public final class SectionRevision: Model, @unchecked Sendable {
    public static let schema = "section_revisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "section_id") public var section: StatementSection
    @Field(key: "number") public var number: Int
    @Field(key: "content") public var content: String
    @OptionalField(key: "saved_by_id") public var savedByID: UUID?
    @Field(key: "saved_by") public var savedBy: String
    @Field(key: "saved_at") public var savedAt: Date

    public init() {}

    public init(sectionID: UUID, number: Int, content: String, by actor: Actor, at time: Date) {
        self.$section.id = sectionID
        self.number = number
        self.content = content
        self.savedByID = actor.id
        self.savedBy = actor.name
        self.savedAt = time
    }
}
