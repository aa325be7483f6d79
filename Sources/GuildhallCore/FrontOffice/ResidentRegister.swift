import FluentKit
import Foundation
import SQLKit

/// A resident who may be the same as another, and the rules that say so.
public struct PossibleDuplicate: Sendable {
    public var resident: Resident
    public var rules: [DuplicateRule]
}

/// Residents: adding them with duplicate suggestions, keeping them up to date, telling apart
/// people who are not the same, and merging those who are.
public enum ResidentRegister {
    /// The resident with this id in the organisation; a merged resident's id gives the record it
    /// was merged into.
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Resident? {
        var next: UUID? = id
        for _ in 0..<10 {
            guard let current = next,
                  let resident = try await Resident.query(on: db).filter(\.$id == current).filter(\.$organisation.$id == organisationID).first()
            else { return nil }
            guard let merged = resident.mergedIntoID else { return resident }
            next = merged
        }
        return nil
    }

    /// Existing residents who match the keys by a rule, leaving out those said to be someone else.
    public static func possibleDuplicates(of keys: ResidentKeys, excluding id: UUID? = nil, in organisationID: UUID,
                                          on db: any Database) async throws -> [PossibleDuplicate] {
        guard keys.email != nil || keys.phone != nil || (keys.surname != nil && keys.postcode != nil) else { return [] }
        let candidates = try await Resident.query(on: db)
            .filter(\.$organisation.$id == organisationID)
            .filter(\.$mergedIntoID == nil)
            .group(.or) { group in
                if let email = keys.email { group.filter(\.$emailKey == email) }
                if let phone = keys.phone { group.filter(\.$phoneKey == phone) }
                if let surname = keys.surname, let postcode = keys.postcode {
                    group.group(.and) { $0.filter(\.$surnameKey == surname).filter(\.$postcodeKey == postcode) }
                }
            }
            .sort(\.$name).limit(20).all()
            .filter { $0.id != id }
        guard !candidates.isEmpty else { return [] }
        let told = try await distinctions(of: id, on: db)
        return candidates.compactMap { candidate in
            guard !told.contains(candidate.id!) else { return nil }
            let rules = keys.rules(matching: candidate.keys)
            return rules.isEmpty ? nil : PossibleDuplicate(resident: candidate, rules: rules)
        }
    }

    public static func create(_ draft: ResidentDraft, in organisationID: UUID, by actor: Actor, at now: Date,
                              on db: any Database) async throws -> Resident {
        try draft.check()
        let resident = Resident()
        resident.$organisation.id = organisationID
        resident.createdAt = now
        resident.apply(draft)
        try await db.transaction { db in try await resident.createAudited(by: actor, at: now, on: db) }
        return resident
    }

    public static func update(_ resident: Resident, with draft: ResidentDraft, by actor: Actor, at now: Date, on db: any Database) async throws {
        try draft.check()
        try await db.transaction { db in
            try await resident.updateAudited(by: actor, at: now, on: db) { $0.apply(draft) }
        }
    }

    /// Remembers that two residents are different people.
    public static func distinguish(_ one: Resident, from other: Resident, by actor: Actor, at now: Date, on db: any Database) async throws {
        let pair = ResidentDistinction(organisationID: one.$organisation.id, between: try one.requireID(), and: try other.requireID(), by: actor, at: now)
        let existing = try await ResidentDistinction.query(on: db).filter(\.$firstID == pair.firstID).filter(\.$secondID == pair.secondID).count()
        guard existing == 0 else { return }
        try await db.transaction { db in
            try await pair.create(on: db)
            try await AuditRegister.record(.created, entity: "resident-distinction", entityID: pair.requireID().uuidString,
                                           organisationID: one.$organisation.id, before: nil,
                                           after: ["first": pair.firstID.uuidString, "second": pair.secondID.uuidString], by: actor, at: now, on: db)
        }
    }

    /// Merges `merged` into `kept` in one transaction: every contact, case and visit moves to the
    /// kept record, details the kept record lacks are filled from the merged one, notes are joined,
    /// and the merged id resolves to the kept record from then on.
    public static func merge(_ merged: Resident, into kept: Resident, by actor: Actor, at now: Date, on db: any Database) async throws {
        let keptID = try kept.requireID(), mergedID = try merged.requireID()
        guard keptID != mergedID else { throw FieldErrors(field: "merge", "A resident cannot be merged into themselves") }
        try await db.transaction { db in
            try await Contact.query(on: db).filter(\.$resident.$id == mergedID).set(\.$resident.$id, to: keptID).update()
            try await Case.query(on: db).filter(\.$resident.$id == mergedID).set(\.$resident.$id, to: keptID).update()
            try await Visit.query(on: db).filter(\.$resident.$id == mergedID).set(\.$resident.$id, to: keptID).update()
            try await Resident.query(on: db).filter(\.$mergedIntoID == mergedID).set(\.$mergedIntoID, to: keptID).update()
            var draft = ResidentDraft(kept)
            let other = ResidentDraft(merged)
            if draft.email.isEmpty { draft.email = other.email }
            if draft.phone.isEmpty { draft.phone = other.phone }
            if draft.addressLines.isEmpty { draft.addressLines = other.addressLines; draft.postcode = other.postcode }
            if draft.postcode.isEmpty { draft.postcode = other.postcode }
            if draft.uprn.isEmpty { draft.uprn = other.uprn }
            if draft.preferredChannelChoice.isEmpty { draft.preferredChannelChoice = other.preferredChannelChoice }
            draft.needChoices = Array(Set(draft.needChoices + other.needChoices))
            if !other.notes.isEmpty { draft.notes = [draft.notes, other.notes].filter { !$0.isEmpty }.joined(separator: "\n\n") }
            try await kept.updateAudited(by: actor, at: now, on: db) { $0.apply(draft) }
            try await merged.updateAudited(by: actor, at: now, on: db) { $0.retire(into: keptID) }
        }
    }

    /// Contacts and cases, newest first, of every division.
    public static func contacts(of resident: Resident, on db: any Database) async throws -> [Contact] {
        try await Contact.query(on: db).filter(\.$resident.$id == resident.requireID())
            .with(\.$service).with(\.$site).with(\.$case).sort(\.$occurredAt, .descending).all()
    }

    public static func recordView(of resident: Resident, by actor: Actor, via: String, at now: Date, on db: any Database) async throws {
        try await RecordView(organisationID: resident.$organisation.id, residentID: try resident.requireID(), by: actor, via: via, at: now).create(on: db)
    }

    /// Who has opened the resident's record, newest first.
    public static func views(of resident: Resident, on db: any Database) async throws -> [RecordView] {
        try await RecordView.query(on: db).filter(\.$residentID == resident.requireID()).sort(\.$viewedAt, .descending).limit(200).all()
    }

    private static func distinctions(of id: UUID?, on db: any Database) async throws -> Set<UUID> {
        guard let id else { return [] }
        let pairs = try await ResidentDistinction.query(on: db).group(.or) { $0.filter(\.$firstID == id).filter(\.$secondID == id) }.all()
        return Set(pairs.map { $0.firstID == id ? $0.secondID : $0.firstID })
    }
}
