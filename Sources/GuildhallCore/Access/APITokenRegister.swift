import FluentKit
import Foundation

/// Issuing, listing and revoking the API tokens of one organisation.
public enum APITokenRegister {
    /// Issues a token for `user`; the secret is returned once and never stored.
    public static func issue(named rawName: String, for user: User, by actor: Actor, at now: Date, on db: any Database) async throws -> (APIToken, APITokenSecret) {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { throw FieldErrors(field: "name", "Enter a name that says what the token is for, like Open311 bridge") }
        if name.count > 100 { throw FieldErrors(field: "name", "Name must be 100 characters or fewer") }
        let secret = APITokenSecret.generate()
        let token = APIToken(organisationID: user.$organisation.id, userID: try user.requireID(), name: name, tokenHash: secret.hash)
        try await db.transaction { db in
            try await token.createAudited(by: actor, at: now, on: db)
        }
        return (token, secret)
    }

    public static func revoke(_ token: APIToken, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard !token.isRevoked else { return }
        try await db.transaction { db in
            try await token.updateAudited(.revoked, by: actor, at: now, on: db) { $0.revokedAt = now }
        }
    }

    public static func all(in organisationID: UUID, on db: any Database) async throws -> [APIToken] {
        try await APIToken.query(on: db).filter(\.$organisation.$id == organisationID).with(\.$user)
            .sort(\.$createdAt, .descending).all()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> APIToken? {
        try await APIToken.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).with(\.$user).first()
    }

    /// The active user a presented token acts as, or nil when it is unknown or revoked.
    public static func authenticate(_ presented: String, at now: Date, on db: any Database) async throws -> User? {
        let secret = APITokenSecret(value: presented)
        guard let token = try await APIToken.query(on: db).filter(\.$tokenHash == secret.hash).filter(\.$revokedAt == nil).first(),
              secret.matches(storedHash: token.tokenHash)
        else { return nil }
        guard let user = try await User.query(on: db).filter(\.$id == token.$user.id).with(\.$roleGrants).first(), user.isActive
        else { return nil }
        if APITokenSecret.shouldRecordUse(lastUsedAt: token.lastUsedAt, now: now) {
            token.lastUsedAt = now
            try await token.save(on: db)
        }
        return user
    }
}
