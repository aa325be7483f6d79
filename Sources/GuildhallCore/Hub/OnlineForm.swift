import FluentKit
import Foundation

/// A service's online form, stored as its definition. The interaction type and the day it is
/// published from are kept beside the definition so that verified e-enablement is one query.
public final class OnlineForm: Model, @unchecked Sendable {
    public static let schema = "online_forms"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "service_id") public var service: Service
    @Field(key: "interaction_type") public var interactionType: InteractionType
    @OptionalField(key: "published_from") public var publishedFrom: CalendarDay?
    /// The `FormDefinition` as JSON.
    @Field(key: "definition") public var definitionJSON: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    public var definition: FormDefinition {
        get {
            (try? JSONDecoder().decode(FormDefinition.self, from: Data(definitionJSON.utf8)))
                ?? FormDefinition(interactionType: interactionType, publishedFrom: nil, location: .none, contact: FormContact(), questions: [])
        }
        set {
            definitionJSON = String(decoding: (try? CanonicalJSON.encode(newValue)) ?? Data("{}".utf8), as: UTF8.self)
            interactionType = newValue.interactionType
            publishedFrom = newValue.publishedFrom
        }
    }

    public func isPublished(on day: CalendarDay) -> Bool {
        publishedFrom.map { $0 <= day } ?? false
    }
}

extension OnlineForm: Auditable {
    public static let auditEntity = "online-form"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["service": $service.id.uuidString, "interactionType": String(interactionType.code), "publishedFrom": publishedFrom?.description ?? "",
         "definition": definitionJSON]
    }
}
