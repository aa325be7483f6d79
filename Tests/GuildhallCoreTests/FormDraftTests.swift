import Foundation
@testable import GuildhallCore
import Testing

@Suite("Drafts read forms as they were typed")
struct FormDraftTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test("A field left out is empty rather than an error, so the form can be drawn again")
    func missingFieldsAreEmpty() throws {
        let draft = try Self.decode(OrganisationDraft.self, #"{"name": " Fenland "}"#)
        #expect(draft.name == "Fenland")
        #expect(draft.slug == "")
        #expect(draft.tier == "")
    }

    @Test("An LGSL identifier typed in wins over a suggestion chosen, and only “no” keeps a service off the public site")
    func serviceDraft() throws {
        let typed = try Self.decode(ServiceDraft.self, #"{"name": "Bins", "lgsl": " 524 ", "lgslChoice": "525", "public": "yes"}"#)
        #expect(typed.lgsl == "524")
        #expect(typed.isPublic)
        let chosen = try Self.decode(ServiceDraft.self, #"{"name": "Bins", "lgsl": "", "lgslChoice": "525", "public": "no", "division": "not-an-id"}"#)
        #expect(chosen.lgsl == "525")
        #expect(!chosen.isPublic)
        #expect(chosen.divisionID == nil)
    }

    @Test("Ticked boxes are kept in the order sent, and none ticked is an empty list")
    func interactionDraft() throws {
        let draft = try Self.decode(InteractionDraft.self, #"{"channels": ["web", "email"], "applicable": "no"}"#)
        #expect(draft.channels == ["web", "email"])
        #expect(!draft.applicable)
        #expect(try Self.decode(InteractionDraft.self, "{}").channels.isEmpty)
        #expect(try Self.decode(StaffDraft.self, #"{"email": "Ann@Example.COM"}"#).roles.isEmpty)
    }
}
