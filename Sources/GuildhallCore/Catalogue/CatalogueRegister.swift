import FluentKit
import Foundation

/// What someone enters to add or change a service.
public struct ServiceDraft: Sendable {
    public var name: String
    public var lgsl: String
    public var divisionID: UUID?
    public var description: String
    public var isPublic: Bool

    public init(name: String, lgsl: String, divisionID: UUID?, description: String, isPublic: Bool) {
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.lgsl = lgsl.trimmingCharacters(in: .whitespaces)
        self.divisionID = divisionID
        self.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        self.isPublic = isPublic
    }
}

extension ServiceDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case name, lgsl, lgslChoice, division, description, isPublic = "public"
    }

    /// An LGSL identifier typed in wins over a match chosen from the suggestions.
    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        let typed = try form.text(.lgsl).trimmingCharacters(in: .whitespaces)
        self.init(name: try form.text(.name), lgsl: typed.isEmpty ? try form.text(.lgslChoice) : typed, divisionID: try form.id(.division),
                  description: try form.text(.description), isPublic: try form.yes(.isPublic))
    }
}

/// What someone enters for one interaction of a service.
public struct InteractionDraft: Sendable {
    public var applicable: Bool
    public var channels: [String]
    public var eEnabledOn: String
    public var targetOn: String
    public var evidenceURL: String
    public var standardDays: String
    public var owner: String
    public var notes: String

    public init(applicable: Bool, channels: [String], eEnabledOn: String, targetOn: String, evidenceURL: String, standardDays: String, owner: String, notes: String) {
        self.applicable = applicable
        self.channels = channels
        self.eEnabledOn = eEnabledOn.trimmingCharacters(in: .whitespaces)
        self.targetOn = targetOn.trimmingCharacters(in: .whitespaces)
        self.evidenceURL = evidenceURL.trimmingCharacters(in: .whitespaces)
        self.standardDays = standardDays.trimmingCharacters(in: .whitespaces)
        self.owner = owner.trimmingCharacters(in: .whitespaces)
        self.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension InteractionDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case applicable, channels, eEnabledOn, targetOn, evidenceURL, standardDays, owner, notes
    }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(applicable: try form.yes(.applicable), channels: try form.ticked(.channels), eEnabledOn: try form.text(.eEnabledOn),
                  targetOn: try form.text(.targetOn), evidenceURL: try form.text(.evidenceURL), standardDays: try form.text(.standardDays),
                  owner: try form.text(.owner), notes: try form.text(.notes))
    }
}

/// Adding and changing services and their interactions one at a time, as the staff pages do.
/// Each change is validated with messages that say what to fix, and audited.
public enum CatalogueRegister {
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Service? {
        try await Service.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID)
            .with(\.$division).with(\.$interactions).first()
    }

    public static func addService(_ draft: ServiceDraft, to organisationID: UUID, by actor: Actor, at now: Date, on db: any Database) async throws -> Service {
        let (lgsl, divisionID) = try await validate(draft, in: organisationID, excluding: nil, on: db)
        let service = Service(organisationID: organisationID, divisionID: divisionID, name: draft.name, lgsl: lgsl,
                              description: draft.description, isPublic: draft.isPublic)
        try await db.transaction { db in try await service.createAudited(by: actor, at: now, on: db) }
        return service
    }

    public static func updateService(_ service: Service, with draft: ServiceDraft, by actor: Actor, at now: Date, on db: any Database) async throws {
        let (lgsl, divisionID) = try await validate(draft, in: service.$organisation.id, excluding: service.id, on: db)
        try await db.transaction { db in
            let before = service.auditFields
            try await move(service, to: divisionID, on: db)
            service.name = draft.name
            service.slug = Slug.make(from: draft.name)
            service.lgsl = lgsl
            service.description = draft.description
            service.isPublic = draft.isPublic
            try await service.save(on: db)
            if before != service.auditFields {
                try await AuditRegister.record(.updated, entity: Service.auditEntity, entityID: service.requireID().uuidString, organisationID: service.$organisation.id,
                                          before: before, after: service.auditFields, by: actor, at: now, on: db)
            }
        }
    }

    /// Gives a service to another division, with its interactions, which count towards the
    /// division they belong to. The caller saves the service (and audits the change).
    static func move(_ service: Service, to divisionID: UUID, on db: any Database) async throws {
        guard service.$division.id != divisionID else { return }
        service.$division.id = divisionID
        try await Interaction.query(on: db).filter(\.$service.$id == service.requireID()).set(\.$division.$id, to: divisionID).update()
        if let interactions = service.$interactions.value {
            for interaction in interactions { interaction.$division.id = divisionID }
        }
    }

    /// Saves the service's interaction of `type`, creating it if the service has none yet.
    public static func saveInteraction(
        _ draft: InteractionDraft, type: InteractionType, of service: Service, by actor: Actor, at now: Date, on db: any Database
    ) async throws -> Interaction {
        var errors = FieldErrors()
        let known = draft.channels.compactMap(Channel.init(rawValue:))
        if known.count != draft.channels.count { errors.add(field: "channels", "Select channels from the list") }
        func day(_ text: String, field: String) -> CalendarDay? {
            guard !text.isEmpty else { return nil }
            guard let day = CalendarDay(text) else {
                errors.add(field: field, "Enter a real date as YYYY-MM-DD, like 2004-03-31")
                return nil
            }
            return day
        }
        let eEnabledOn = day(draft.eEnabledOn, field: "eEnabledOn"), targetOn = day(draft.targetOn, field: "targetOn")
        if eEnabledOn != nil && !known.contains(where: \.isElectronic) && errors.message(for: "channels") == nil {
            errors.add(field: "channels", "Select at least one electronic channel, or leave the e-enabled date empty: without one the interaction is not e-enabled")
        }
        if !draft.evidenceURL.isEmpty && !CatalogueCSV.isWebAddress(draft.evidenceURL) {
            errors.add(field: "evidenceURL", "Enter a web address starting http:// or https://")
        }
        var standardDays: Int?
        if !draft.standardDays.isEmpty {
            standardDays = Int(draft.standardDays)
            if standardDays == nil || standardDays! < 0 || standardDays! > 365 {
                errors.add(field: "standardDays", "Enter a whole number of working days from 0 to 365")
            }
        }
        if draft.owner.count > 120 { errors.add(field: "owner", "Owner must be 120 characters or fewer") }
        if draft.notes.count > 2000 { errors.add(field: "notes", "Notes must be 2,000 characters or fewer") }
        try errors.check()
        let days = standardDays

        let serviceID = try service.requireID()
        let existing = try await Interaction.query(on: db).filter(\.$service.$id == serviceID).filter(\.$type == type).first()
        let interaction = try existing ?? Interaction(of: service, type: type)
        @Sendable func apply(_ interaction: Interaction) {
            interaction.applicable = draft.applicable
            interaction.channels = Set(known)
            interaction.eEnabledOn = eEnabledOn
            interaction.targetOn = targetOn
            interaction.evidenceURL = draft.evidenceURL.isEmpty ? nil : draft.evidenceURL
            interaction.standardDays = days
            interaction.owner = draft.owner
            interaction.notes = draft.notes
        }
        try await db.transaction { db in
            if existing == nil {
                apply(interaction)
                try await interaction.createAudited(by: actor, at: now, on: db)
            } else {
                try await interaction.updateAudited(by: actor, at: now, on: db, change: apply)
            }
        }
        return interaction
    }

    private static func validate(_ draft: ServiceDraft, in organisationID: UUID, excluding id: UUID?, on db: any Database) async throws -> (Int?, UUID) {
        var errors = FieldErrors()
        if draft.name.isEmpty || Slug.make(from: draft.name).isEmpty {
            errors.add(field: "name", "Enter the service’s name")
        } else if draft.name.count > 200 {
            errors.add(field: "name", "Name must be 200 characters or fewer")
        } else if let other = try await Service.query(on: db).filter(\.$organisation.$id == organisationID)
                    .filter(\.$slug == Slug.make(from: draft.name)).first(), other.id != id {
            errors.add(field: "name", "There is already a service called \(other.name)")
        }
        var lgsl: Int?
        if !draft.lgsl.isEmpty {
            lgsl = Int(draft.lgsl)
            if lgsl == nil || lgsl! <= 0 {
                errors.add(field: "lgsl", "LGSL identifier must be a whole number, like 57")
            } else if try await LGSLRegister.find(lgsl!, on: db) == nil {
                errors.add(field: "lgsl", "LGSL \(lgsl!) is not in the service list: check the number, or load a fuller list")
            }
        }
        var divisionID: UUID?
        if let id = draft.divisionID, try await DivisionRegister.find(id, in: organisationID, on: db) != nil {
            divisionID = id
        } else {
            errors.add(field: "division", "Select the division that owns the service")
        }
        if draft.description.count > 5000 { errors.add(field: "description", "Description must be 5,000 characters or fewer") }
        try errors.check()
        return (lgsl, divisionID!)
    }
}
