import FluentKit
import Foundation

/// Issuing, listing, revoking and checking the Open311 keys of one organisation.
public enum Open311KeyRegister {
    /// Issues a key for a client application; the key is returned once and never stored.
    public static func issue(named rawName: String, for organisation: Organisation, by actor: Actor, at now: Date,
                             on db: any Database) async throws -> (Open311Key, APITokenSecret) {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { throw FieldErrors(field: "name", "Enter the name of the application the key is for, like FixMyStreet") }
        if name.count > 100 { throw FieldErrors(field: "name", "Name must be 100 characters or fewer") }
        guard organisation.tier.isCouncil || organisation.tier == .partner else {
            throw FieldErrors(field: "organisation", "Only a council or a partner takes requests through Open311")
        }
        let secret = APITokenSecret.generate()
        let key = Open311Key()
        key.$organisation.id = try organisation.requireID()
        key.name = name
        key.keyHash = secret.hash
        key.createdAt = now
        try await db.transaction { db in try await key.createAudited(by: actor, at: now, on: db) }
        return (key, secret)
    }

    public static func revoke(_ key: Open311Key, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard !key.isRevoked else { return }
        try await db.transaction { db in
            try await key.updateAudited(.revoked, by: actor, at: now, on: db) { $0.revokedAt = now }
        }
    }

    public static func all(in organisationID: UUID, on db: any Database) async throws -> [Open311Key] {
        try await Open311Key.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$createdAt, .descending).all()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Open311Key? {
        try await Open311Key.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    /// The organisation's live key with this value, or nil.
    public static func authenticate(_ presented: String, for organisationID: UUID, at now: Date, on db: any Database) async throws -> Open311Key? {
        let secret = APITokenSecret(value: presented)
        guard !presented.isEmpty,
              let key = try await Open311Key.query(on: db).filter(\.$keyHash == secret.hash).filter(\.$revokedAt == nil)
                  .filter(\.$organisation.$id == organisationID).first(),
              secret.matches(storedHash: key.keyHash)
        else { return nil }
        if APITokenSecret.shouldRecordUse(lastUsedAt: key.lastUsedAt, now: now) {
            key.lastUsedAt = now
            try await key.save(on: db)
        }
        return key
    }
}
