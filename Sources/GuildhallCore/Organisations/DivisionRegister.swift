import FluentKit
import Foundation

/// Adding and renaming the divisions of one organisation.
public enum DivisionRegister {
    public static func all(in organisationID: UUID, on db: any Database) async throws -> [Division] {
        try await Division.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
    }

    /// A division of this organisation, or nil: another organisation's division is never found.
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Division? {
        try await Division.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func find(named name: String, in organisationID: UUID, on db: any Database) async throws -> Division? {
        try await Division.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$slug == Slug.make(from: name)).first()
    }

    public static func add(named rawName: String, to organisationID: UUID, by actor: Actor, at now: Date, on db: any Database) async throws -> Division {
        let name = try await validate(rawName, in: organisationID, excluding: nil, on: db)
        let division = Division(organisationID: organisationID, name: name)
        try await db.transaction { db in
            try await division.createAudited(by: actor, at: now, on: db)
        }
        return division
    }

    public static func rename(_ division: Division, to rawName: String, by actor: Actor, at now: Date, on db: any Database) async throws {
        let name = try await validate(rawName, in: division.$organisation.id, excluding: division.id, on: db)
        try await db.transaction { db in
            try await division.updateAudited(by: actor, at: now, on: db) {
                $0.name = name
                $0.slug = Slug.make(from: name)
            }
        }
    }

    private static func validate(_ rawName: String, in organisationID: UUID, excluding id: UUID?, on db: any Database) async throws -> String {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        if name.isEmpty || Slug.make(from: name).isEmpty {
            throw FieldErrors(field: "name", "Enter the division’s name")
        }
        if name.count > 120 {
            throw FieldErrors(field: "name", "Name must be 120 characters or fewer")
        }
        if let other = try await find(named: name, in: organisationID, on: db), other.id != id {
            throw FieldErrors(field: "name", "There is already a division called \(other.name)")
        }
        return name
    }
}
