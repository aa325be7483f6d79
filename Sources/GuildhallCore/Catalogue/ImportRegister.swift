import FluentKit
import Foundation
import SQLKit

/// What importing a file would do to an organisation's catalogue, shown before it is confirmed.
public struct ImportPlan: Sendable {
    public enum Kind: String, Sendable { case add, change, unchanged }

    public struct Entry: Sendable {
        public var row: CatalogueRow
        public var kind: Kind
    }

    public var entries: [Entry]
    public var newDivisions: [String]
    public var newServices: [String]

    public var additions: [Entry] { entries.filter { $0.kind == .add } }
    public var changes: [Entry] { entries.filter { $0.kind == .change } }
    public var unchangedCount: Int { entries.filter { $0.kind == .unchanged }.count }
}

/// Imports catalogue files all or nothing: a file with any problem changes nothing; a good file
/// is applied in one transaction, and every change goes to the audit trail. Services are matched
/// by name and interactions by service and type; what the file does not mention is left alone.
public enum ImportRegister {
    /// Keeps an uploaded file until the programme manager confirms it, having seen its preview;
    /// files waiting longer than a day are discarded.
    public static func hold(_ text: String, named filename: String, for organisationID: UUID, by userID: UUID, at now: Date, on db: any Database) async throws -> PendingImport {
        try await PendingImport.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$createdAt < now.addingTimeInterval(-24 * 3600)).delete()
        let pending = PendingImport(organisationID: organisationID, userID: userID, filename: filename, contents: text, createdAt: now)
        try await pending.create(on: db)
        return pending
    }

    /// An uploaded file waiting for confirmation.
    public static func findPending(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> PendingImport? {
        try await PendingImport.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func plan(_ text: String, for organisationID: UUID, on db: any Database) async throws -> Result<ImportPlan, ImportRejected> {
        switch CatalogueCSV.parse(text) {
        case .failure(let rejected): return .failure(rejected)
        case .success(let rows): return .success(try await plan(rows, for: organisationID, on: db))
        }
    }

    static func plan(_ rows: [CatalogueRow], for organisationID: UUID, on db: any Database) async throws -> ImportPlan {
        let existing = try await Existing.load(organisationID, on: db)
        var newDivisions: [String] = [], newServices: [String] = []
        var seenDivisions = Set<String>(), seenServices = Set<String>()
        var entries: [ImportPlan.Entry] = []
        for row in rows {
            let divisionKey = Slug.make(from: row.division), serviceKey = Slug.make(from: row.service)
            if existing.divisions[divisionKey] == nil, seenDivisions.insert(divisionKey).inserted {
                newDivisions.append(row.division)
            }
            guard let service = existing.services[serviceKey] else {
                if seenServices.insert(serviceKey).inserted { newServices.append(row.service) }
                entries.append(.init(row: row, kind: .add))
                continue
            }
            guard let interaction = service.interactions.first(where: { $0.type == row.type }) else {
                entries.append(.init(row: row, kind: .add))
                continue
            }
            let serviceChanges = service.division.slug != divisionKey || (row.lgsl != nil && row.lgsl != service.lgsl)
            entries.append(.init(row: row, kind: serviceChanges || differs(interaction, from: row) ? .change : .unchanged))
        }
        return ImportPlan(entries: entries, newDivisions: newDivisions, newServices: newServices)
    }

    public struct Summary: Sendable, Equatable {
        public var added: Int
        public var changed: Int
        public var unchanged: Int
    }

    /// Applies the file, or throws `ImportRejected` having changed nothing.
    @discardableResult
    public static func apply(_ text: String, to organisationID: UUID, by actor: Actor, at now: Date, on db: any Database) async throws -> Summary {
        let rows = try CatalogueCSV.parse(text).get()
        let summary = try await db.transaction { db in
            let plan = try await plan(rows, for: organisationID, on: db)
            var existing = try await Existing.load(organisationID, on: db)
            var audit: [AuditEntry] = []
            func record(_ action: AuditAction, _ entity: String, _ id: UUID?, before: [String: String]?, after: [String: String]) throws {
                audit.append(AuditEntry(
                    organisationID: organisationID, actor: actor, occurredAt: now, action: action, entity: entity,
                    entityID: id?.uuidString ?? "", before: try before.map(AuditRegister.encode), after: try AuditRegister.encode(after)))
            }
            // New services and interactions are inserted together at the end, many rows to a
            // statement; their ids are given here so that the audit entries can name them.
            var newServices: [Service] = [], newInteractions: [Interaction] = []
            var pending = Set<UUID>()
            for entry in plan.entries where entry.kind != .unchanged {
                let row = entry.row
                let divisionKey = Slug.make(from: row.division)
                let division: Division
                if let found = existing.divisions[divisionKey] {
                    division = found
                } else {
                    division = Division(organisationID: organisationID, name: row.division)
                    try await division.create(on: db)
                    existing.divisions[divisionKey] = division
                    try record(.created, Division.auditEntity, division.id, before: nil, after: division.auditFields)
                }
                let serviceKey = Slug.make(from: row.service)
                let service: Service
                if let found = existing.services[serviceKey] {
                    service = found
                    if pending.contains(try service.requireID()) {
                        service.lgsl = row.lgsl ?? service.lgsl
                    } else if service.$division.id != division.id || (row.lgsl != nil && row.lgsl != service.lgsl) {
                        let before = service.auditFields
                        try await CatalogueRegister.move(service, to: division.requireID(), on: db)
                        service.lgsl = row.lgsl ?? service.lgsl
                        try await service.save(on: db)
                        try record(.updated, Service.auditEntity, service.id, before: before, after: service.auditFields)
                    }
                } else {
                    service = Service(organisationID: organisationID, divisionID: try division.requireID(), name: row.service, lgsl: row.lgsl)
                    service.id = UUID()
                    service.$interactions.value = []
                    existing.services[serviceKey] = service
                    newServices.append(service)
                    pending.insert(service.id!)
                }
                let interaction = try service.interactions.first { $0.type == row.type } ?? Interaction(of: service, type: row.type)
                let before = interaction.id == nil ? nil : interaction.auditFields
                set(interaction, from: row)
                guard before != interaction.auditFields else { continue }
                if before == nil {
                    interaction.id = UUID()
                    newInteractions.append(interaction)
                    service.$interactions.value?.append(interaction)
                } else {
                    try await interaction.save(on: db)
                }
                try record(before == nil ? .created : .updated, Interaction.auditEntity, interaction.id, before: before, after: interaction.auditFields)
            }
            for service in newServices {
                try record(.created, Service.auditEntity, service.id, before: nil, after: service.auditFields)
            }
            try await insert(newServices, on: db)
            try await insert(newInteractions, on: db)
            try await insert(audit, on: db)
            return Summary(added: plan.additions.count, changed: plan.changes.count, unchanged: plan.unchangedCount)
        }
        // After a large import the query planners need fresh statistics to plan the dashboard's
        // queries well; without them PostgreSQL waits for autovacuum and plans for an empty table.
        if let sql = db as? any SQLDatabase {
            try await sql.raw(sql.dialect.name == "sqlite" ? "PRAGMA optimize" : "ANALYZE interactions, services").run()
        }
        return summary
    }

    /// In slices, to stay within the databases' limits on values in one statement.
    private static func insert<M: Model>(_ models: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: 500) {
            try await Array(models[start..<min(start + 500, models.count)]).create(on: db)
        }
    }

    static func set(_ interaction: Interaction, from row: CatalogueRow) {
        interaction.applicable = row.applicable
        interaction.channels = row.channels
        interaction.eEnabledOn = row.eEnabledOn
        interaction.targetOn = row.targetOn
        interaction.evidenceURL = row.evidenceURL
        interaction.standardDays = row.standardDays
    }

    static func differs(_ interaction: Interaction, from row: CatalogueRow) -> Bool {
        interaction.applicable != row.applicable || interaction.channels != row.channels
            || interaction.eEnabledOn != row.eEnabledOn || interaction.targetOn != row.targetOn
            || interaction.evidenceURL != row.evidenceURL || interaction.standardDays != row.standardDays
    }

    /// The organisation's divisions and services (with interactions), by slug.
    struct Existing {
        var divisions: [String: Division]
        var services: [String: Service]

        static func load(_ organisationID: UUID, on db: any Database) async throws -> Existing {
            let divisions = try await Division.query(on: db).filter(\.$organisation.$id == organisationID).all()
            let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID)
                .with(\.$division).with(\.$interactions).all()
            return Existing(
                divisions: Dictionary(divisions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
                services: Dictionary(services.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
