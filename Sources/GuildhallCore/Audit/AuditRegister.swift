import FluentKit
import Foundation

/// Who made a change: a signed-in user, or the installation itself (command line, demo seed).
public struct Actor: Sendable, Equatable {
    public var id: UUID?
    public var name: String

    public init(id: UUID?, name: String) {
        self.id = id
        self.name = name
    }

    public static func user(_ user: User) -> Actor { Actor(id: user.id, name: "\(user.name) <\(user.email)>") }
    public static let commandLine = Actor(id: nil, name: "Command line")
    public static let demoSeed = Actor(id: nil, name: "Demo seed")
}

public enum AuditAction: String, Codable, CaseIterable, Sendable {
    case created, updated, deleted, revoked
}

/// A model whose changes go to the audit trail. `auditFields` is what an auditor sees before and
/// after a change, so it must never include secrets such as password hashes.
public protocol Auditable: Model where IDValue: CustomStringConvertible {
    static var auditEntity: String { get }
    var auditOrganisationID: UUID? { get }
    var auditFields: [String: String] { get }
}

public enum AuditRegister {
    public static func record(
        _ action: AuditAction, entity: String, entityID: String, organisationID: UUID?,
        before: [String: String]?, after: [String: String]?, by actor: Actor, at time: Date, on db: any Database
    ) async throws {
        let entry = AuditEntry(
            organisationID: organisationID, actor: actor, occurredAt: time, action: action,
            entity: entity, entityID: entityID, before: try before.map(encode), after: try after.map(encode)
        )
        try await entry.create(on: db)
    }

    static func encode(_ fields: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }

    public static func decode(_ json: String?) -> [String: String] {
        guard let json, let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }
}

extension Auditable {
    /// Creates the model and its audit entry; call inside a transaction so both or neither land.
    public func createAudited(by actor: Actor, at time: Date, on db: any Database) async throws {
        try await create(on: db)
        try await AuditRegister.record(
            .created, entity: Self.auditEntity, entityID: requireID().description, organisationID: auditOrganisationID,
            before: nil, after: auditFields, by: actor, at: time, on: db)
    }

    /// Applies `change`, saves, and records the values before and after. Records nothing when
    /// nothing the auditor sees has changed.
    public func updateAudited(
        _ action: AuditAction = .updated, by actor: Actor, at time: Date, on db: any Database,
        change: (Self) throws -> Void
    ) async throws {
        let before = auditFields
        try change(self)
        try await save(on: db)
        let after = auditFields
        guard before != after else { return }
        try await AuditRegister.record(
            action, entity: Self.auditEntity, entityID: requireID().description, organisationID: auditOrganisationID,
            before: before, after: after, by: actor, at: time, on: db)
    }
}
