import FluentKit
import Foundation

/// Two residents that staff have said are not the same person, so they are not suggested as
/// duplicates of each other again. The pair is stored with the lower id first.
public final class ResidentDistinction: Model, @unchecked Sendable {
    public static let schema = "resident_distinctions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "first_id") public var firstID: UUID
    @Field(key: "second_id") public var secondID: UUID
    @Field(key: "recorded_by") public var recordedBy: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    init(organisationID: UUID, between one: UUID, and other: UUID, by actor: Actor, at time: Date) {
        self.$organisation.id = organisationID
        (firstID, secondID) = one.uuidString < other.uuidString ? (one, other) : (other, one)
        recordedBy = actor.name
        recordedAt = time
    }
}

/// Each time a member of staff opens a resident's record, so that auditors can see who looked.
public final class RecordView: Model, @unchecked Sendable {
    public static let schema = "record_views"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "resident_id") public var residentID: UUID
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "viewer") public var viewer: String
    /// How it was opened: `page` or `api`.
    @Field(key: "via") public var via: String
    @Field(key: "viewed_at") public var viewedAt: Date

    public init() {}

    public init(organisationID: UUID, residentID: UUID, by actor: Actor, via: String, at time: Date) {
        self.$organisation.id = organisationID
        self.residentID = residentID
        self.userID = actor.id
        self.viewer = actor.name
        self.via = via
        self.viewedAt = time
    }
}
