import FluentKit
import Foundation

/// A contact as it was typed or sent, before it is checked.
public struct ContactDraft: Sendable, Equatable {
    public var channel: String
    public var service: String
    public var interactionType: String
    public var residentID: String
    public var outcome: String
    public var notes: String
    public var siteID: String
    public var client: String

    public init(channel: String, service: String, interactionType: String, residentID: String = "", outcome: String, notes: String = "",
                siteID: String = "", client: String = "") {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.channel = trimmed(channel)
        self.service = trimmed(service)
        self.interactionType = trimmed(interactionType)
        self.residentID = trimmed(residentID)
        self.outcome = trimmed(outcome)
        self.notes = trimmed(notes)
        self.siteID = trimmed(siteID)
        self.client = trimmed(client)
    }
}

extension ContactDraft: Decodable {
    enum CodingKeys: String, CodingKey { case channel, service, interactionType, resident, outcome, notes, site }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(channel: try form.text(.channel), service: try form.text(.service), interactionType: try form.text(.interactionType),
                  residentID: try form.text(.resident), outcome: try form.text(.outcome), notes: try form.text(.notes), siteID: try form.text(.site))
    }
}

/// Contacts: each exchange with a resident, recorded as it happens.
public enum ContactRegister {
    /// Checks the draft and records it; `case` links the case it led to.
    public static func record(_ draft: ContactDraft, case linked: Case? = nil, in organisationID: UUID, by actor: Actor, at now: Date,
                              on db: any Database) async throws -> Contact {
        var errors = FieldErrors()
        let channel = ContactChannel(rawValue: draft.channel)
        if channel == nil { errors.add(field: "channel", "Choose a channel: " + ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")) }
        let service = try await CaseLookup.service(draft.service, in: organisationID, on: db)
        if draft.service.isEmpty { errors.add(field: "service", "Choose the service the contact was about") }
        else if service == nil { errors.add(field: "service", "There is no service “\(draft.service)” in the catalogue") }
        let type = InteractionType(parsing: draft.interactionType)
        if type == nil { errors.add(field: "interactionType", "Choose an interaction type from 1 to 10") }
        else if let service, try await service.$interactions.query(on: db).filter(\.$type == type!).count() == 0 {
            errors.add(field: "interactionType", "\(service.name) has no interaction of type \(type!.code) (\(type!.label))")
        }
        let outcome = ContactOutcome(rawValue: draft.outcome)
        if outcome == nil { errors.add(field: "outcome", "Choose an outcome: " + ContactOutcome.allCases.map(\.rawValue).joined(separator: ", ")) }
        let resident = try await CaseLookup.resident(draft.residentID, in: organisationID, on: db)
        if !draft.residentID.isEmpty, resident == nil { errors.add(field: "resident", "There is no resident with the id \(draft.residentID)") }
        let site = try await CaseLookup.site(draft.siteID, in: organisationID, on: db)
        if !draft.siteID.isEmpty, site == nil { errors.add(field: "site", "There is no INFO centre with the id \(draft.siteID)") }
        if channel == .faceToFace, draft.siteID.isEmpty { errors.add(field: "site", "Choose the INFO centre where the resident was seen") }
        if draft.notes.count > 5000 { errors.add(field: "notes", "Notes must be 5,000 characters or fewer") }
        try errors.check()
        let contact = Contact()
        contact.$organisation.id = organisationID
        contact.channel = channel!
        contact.$site.id = site?.id
        contact.client = draft.client.nilIfEmpty
        contact.occurredAt = now
        contact.occurredOn = CalendarDay(now)
        contact.staffID = actor.id
        contact.staffName = actor.name
        contact.$resident.id = resident?.id
        contact.$service.id = try service!.requireID()
        contact.interactionType = type!
        contact.outcome = outcome!
        contact.notes = draft.notes
        contact.$case.id = linked?.id
        try await db.transaction { db in try await contact.createAudited(by: actor, at: now, on: db) }
        return contact
    }
}
