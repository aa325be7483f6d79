import FluentKit
import Foundation

/// What someone enters to add or change a member of staff.
public struct StaffDraft: Sendable {
    public var email: String
    public var name: String
    public var roles: [String]
    public var divisionID: UUID?
    /// The INFO centre they work at, for front-office staff.
    public var siteID: UUID?
    public var isActive: Bool

    public init(email: String, name: String, roles: [String], divisionID: UUID? = nil, siteID: UUID? = nil, isActive: Bool = true) {
        self.email = User.normalise(email: email)
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.roles = roles
        self.divisionID = divisionID
        self.siteID = siteID
        self.isActive = isActive
    }
}

extension StaffDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case email, name, roles, division, site, active
    }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(email: try form.text(.email), name: try form.text(.name), roles: try form.ticked(.roles),
                  divisionID: try form.id(.division), siteID: try form.id(.site), isActive: try form.yes(.active))
    }
}

/// Staff accounts of one organisation: adding, changing roles, deactivating, resetting passwords.
public enum StaffRegister {
    public static let minimumPasswordLength = 10

    /// Why a password cannot be used, or nil when it can.
    public static func passwordProblem(_ password: String) -> String? {
        if password.count < minimumPasswordLength {
            return "Password must be \(minimumPasswordLength) characters or more"
        }
        if password.count > 72 {
            return "Password must be 72 characters or fewer"
        }
        return nil
    }

    public static func add(
        _ draft: StaffDraft, password: String, to organisationID: UUID, hashPassword: (String) throws -> String,
        by actor: Actor, at now: Date, on db: any Database
    ) async throws -> User {
        var errors = try await problems(with: draft, in: organisationID, excluding: nil, on: db)
        if let problem = passwordProblem(password) { errors.add(field: "password", problem) }
        try errors.check()
        let user = User(organisationID: organisationID, divisionID: draft.divisionID, email: draft.email, name: draft.name, passwordHash: try hashPassword(password))
        user.$site.id = draft.siteID
        try await db.transaction { db in
            try await user.create(on: db)
            try await grant(roles(draft), to: user, on: db)
            try await user.$division.load(on: db)
            try await AuditRegister.record(
                .created, entity: User.auditEntity, entityID: user.requireID().uuidString, organisationID: organisationID,
                before: nil, after: user.auditFields, by: actor, at: now, on: db)
        }
        return user
    }

    public static func update(_ user: User, with draft: StaffDraft, by actor: Actor, at now: Date, on db: any Database) async throws {
        let organisationID = user.$organisation.id
        try await problems(with: draft, in: organisationID, excluding: user.id, on: db).check()
        try await user.$roleGrants.load(on: db)
        try await user.$division.load(on: db)
        let before = user.auditFields
        try await db.transaction { db in
            user.email = draft.email
            user.name = draft.name
            user.$division.id = draft.divisionID
            user.$site.id = draft.siteID
            user.isActive = draft.isActive
            try await user.save(on: db)
            try await RoleGrant.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            try await grant(roles(draft), to: user, on: db)
            try await user.$division.load(on: db)
            let after = user.auditFields
            if before != after {
                try await AuditRegister.record(
                    .updated, entity: User.auditEntity, entityID: user.requireID().uuidString, organisationID: organisationID,
                    before: before, after: after, by: actor, at: now, on: db)
            }
        }
    }

    public static func setPassword(
        _ password: String, for user: User, hashPassword: (String) throws -> String, by actor: Actor, at now: Date, on db: any Database
    ) async throws {
        if let problem = passwordProblem(password) { throw FieldErrors(field: "password", problem) }
        let hash = try hashPassword(password)
        try await db.transaction { db in
            user.passwordHash = hash
            user.failedSignIns = 0
            user.lockedUntil = nil
            try await user.save(on: db)
            try await AuditRegister.record(
                .updated, entity: User.auditEntity, entityID: user.requireID().uuidString, organisationID: user.$organisation.id,
                before: ["password": "(previous)"], after: ["password": "(changed)"], by: actor, at: now, on: db)
        }
    }

    /// Staff of one organisation, by name, a page at a time.
    public static func page(_ requested: Int?, perPage: Int, in organisationID: UUID, on db: any Database) async throws -> (items: [User], paging: Paging) {
        try await User.query(on: db).filter(\.$organisation.$id == organisationID)
            .with(\.$roleGrants).with(\.$division).sort(\.$name).sort(\.$email)
            .paged(requested, perPage: perPage)
    }

    /// The organisation's active staff, by name, for choosing an owner.
    public static func active(in organisationID: UUID, on db: any Database) async throws -> [User] {
        try await User.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$isActive == true)
            .sort(\.$name).sort(\.$email).all()
    }

    /// A member of this organisation's staff, or nil: another organisation's staff are never found.
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> User? {
        try await User.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID)
            .with(\.$roleGrants).with(\.$division).first()
    }

    public static func find(email: String, on db: any Database) async throws -> User? {
        try await User.query(on: db).filter(\.$email == User.normalise(email: email)).with(\.$roleGrants).first()
    }

    private static func roles(_ draft: StaffDraft) -> [Role] {
        draft.roles.compactMap(Role.init(rawValue:)).sorted()
    }

    private static func grant(_ roles: [Role], to user: User, on db: any Database) async throws {
        let userID = try user.requireID()
        let grants = roles.map { RoleGrant(userID: userID, role: $0) }
        try await grants.create(on: db)
        user.$roleGrants.value = grants
    }

    private static func problems(with draft: StaffDraft, in organisationID: UUID, excluding id: UUID?, on db: any Database) async throws -> FieldErrors {
        var errors = FieldErrors()
        if draft.name.isEmpty { errors.add(field: "name", "Enter the person’s full name") }
        if draft.email.isEmpty {
            errors.add(field: "email", "Enter an email address")
        } else if draft.email.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) == nil {
            errors.add(field: "email", "Enter an email address in the correct format, like name@example.gov.uk")
        } else if let other = try await find(email: draft.email, on: db), other.id != id {
            errors.add(field: "email", "Another account already uses \(draft.email)")
        }
        let unknown = draft.roles.filter { Role(rawValue: $0) == nil }
        if draft.roles.isEmpty {
            errors.add(field: "roles", "Select at least one role")
        } else if !unknown.isEmpty {
            errors.add(field: "roles", "Unknown role \(unknown.joined(separator: ", ")): choose from " + Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let divisionID = draft.divisionID, try await DivisionRegister.find(divisionID, in: organisationID, on: db) == nil {
            errors.add(field: "division", "Select one of this organisation’s divisions")
        }
        if let siteID = draft.siteID, try await SiteRegister.find(siteID, in: organisationID, on: db) == nil {
            errors.add(field: "site", "Select one of this organisation’s INFO centres")
        }
        return errors
    }
}
