import FluentKit
import Foundation

/// The council whose public site the installation is: the Hub carries its name, and Open311
/// requests that name no jurisdiction go to it. An administrator chooses it; until then it is
/// the installation's only council, if it has just one.
public enum HomeCouncil {
    static let settingKey = "home-council"

    public static func find(on db: any Database) async throws -> Organisation? {
        if let setting = try await Setting.find(settingKey, on: db), let id = UUID(uuidString: setting.value),
           let organisation = try await Organisation.find(id, on: db) {
            return organisation
        }
        let councils = try await Organisation.query(on: db).filter(\.$tier ~~ Tier.allCases.filter(\.isCouncil)).limit(2).all()
        return councils.count == 1 ? councils[0] : nil
    }

    public static func choose(_ organisation: Organisation, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard organisation.tier.isCouncil else { throw FieldErrors(field: "homeCouncil", "Choose a council: \(organisation.name) is not one") }
        let id = try organisation.requireID()
        try await db.transaction { db in
            let setting = try await Setting.find(settingKey, on: db)
            let before = setting?.value
            guard before != id.uuidString else { return }
            if let setting {
                setting.value = id.uuidString
                try await setting.save(on: db)
            } else {
                try await Setting(key: settingKey, value: id.uuidString).create(on: db)
            }
            try await AuditRegister.record(before == nil ? .created : .updated, entity: "home-council", entityID: settingKey, organisationID: id,
                                           before: before.map { ["organisation": $0] }, after: ["organisation": id.uuidString, "name": organisation.name],
                                           by: actor, at: now, on: db)
        }
    }
}
