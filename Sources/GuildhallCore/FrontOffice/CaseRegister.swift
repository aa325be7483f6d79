import FluentKit
import Foundation
import SQLKit

/// Cases: taking them in with their due dates, changing them step by step with a history, and
/// finding them again.
public enum CaseRegister {
    public static func find(reference: String, in organisationID: UUID, on db: any Database) async throws -> Case? {
        try await loaded(Case.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$reference == CaseReference.normalise(reference))).first()
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Case? {
        try await loaded(Case.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$id == id)).first()
    }

    /// Every division's cases for the resident, newest first.
    public static func cases(of resident: Resident, on db: any Database) async throws -> [Case] {
        try await loaded(Case.query(on: db).filter(\.$resident.$id == resident.requireID())).sort(\.$receivedAt, .descending).all()
    }

    public static func history(of item: Case, on db: any Database) async throws -> [CaseStep] {
        try await CaseStep.query(on: db).filter(\.$case.$id == item.requireID()).sort(\.$position).all()
    }

    static func loaded(_ query: QueryBuilder<Case>) -> QueryBuilder<Case> {
        query.with(\.$service).with(\.$division).with(\.$officer).with(\.$resident).with(\.$site)
    }

    /// Checks the draft and takes the case in: assigned to the division that owns the interaction,
    /// with its due dates from the organisation's standards, the first step of its history, and
    /// the message telling the resident it was received.
    public static func create(_ draft: CaseDraft, in organisation: Organisation, by actor: Actor, at now: Date,
                              on db: any Database) async throws -> Case {
        let organisationID = try organisation.requireID()
        var errors = FieldErrors()
        let service = try await CaseLookup.service(draft.service, in: organisationID, on: db)
        if draft.service.isEmpty { errors.add(field: "service", "Choose the service the case is about") }
        else if service == nil { errors.add(field: "service", "There is no service “\(draft.service)” in the catalogue") }
        let type = InteractionType(parsing: draft.interactionType)
        var interaction: Interaction?
        if type == nil { errors.add(field: "interactionType", "Choose an interaction type from 1 to 10") }
        else if let service {
            interaction = try await service.$interactions.query(on: db).filter(\.$type == type!).first()
            if interaction == nil { errors.add(field: "interactionType", "\(service.name) has no interaction of type \(type!.code) (\(type!.label))") }
        }
        let channel = ContactChannel(rawValue: draft.channel)
        if channel == nil { errors.add(field: "channel", "Choose a channel: " + ContactChannel.allCases.map(\.rawValue).joined(separator: ", ")) }
        if draft.description.isEmpty { errors.add(field: "description", "Describe what the resident asked for") }
        else if draft.description.count > 5000 { errors.add(field: "description", "Description must be 5,000 characters or fewer") }
        let received = draft.receivedTime(now: now)
        if received == nil { errors.add(field: "receivedAt", "Enter when it was received as YYYY-MM-DD or an ISO 8601 time like 2026-12-01T09:30:00Z") }
        else if received! > now { errors.add(field: "receivedAt", "A case cannot be received in the future") }
        let resident = try await CaseLookup.resident(draft.residentID, in: organisationID, on: db)
        if !draft.residentID.isEmpty, resident == nil { errors.add(field: "resident", "There is no resident with the id \(draft.residentID)") }
        let site = try await CaseLookup.site(draft.siteID, in: organisationID, on: db)
        if !draft.siteID.isEmpty, site == nil { errors.add(field: "site", "There is no INFO centre with the id \(draft.siteID)") }
        let priority = draft.priority.isEmpty ? .normal : CasePriority(rawValue: draft.priority)
        if priority == nil { errors.add(field: "priority", "Choose a priority: " + CasePriority.allCases.map(\.rawValue).joined(separator: ", ")) }
        let latitude = Double(draft.latitude), longitude = Double(draft.longitude)
        if !draft.latitude.isEmpty, latitude == nil || !(-90...90).contains(latitude!) { errors.add(field: "lat", "Latitude is a number from -90 to 90") }
        if !draft.longitude.isEmpty, longitude == nil || !(-180...180).contains(longitude!) { errors.add(field: "long", "Longitude is a number from -180 to 180") }
        if !draft.locationPostcode.isEmpty, !ResidentDraft.looksLikePostcode(draft.locationPostcode) {
            errors.add(field: "locationPostcode", "Enter a postcode like WV1 2AB")
        }
        try errors.check()

        let standards = try await StandardsRegister.standards(for: organisationID, on: db)
        let calendar = try await StandardsRegister.calendar(for: organisationID, on: db)
        let item = Case()
        item.$organisation.id = organisationID
        item.$service.id = try service!.requireID()
        item.interactionType = type!
        item.description = draft.description
        item.locationAddress = draft.locationAddress
        item.locationPostcode = draft.locationPostcode.nilIfEmpty.map(ResidentDraft.formatPostcode)
        item.latitude = latitude
        item.longitude = longitude
        item.channel = channel!
        item.$site.id = site?.id
        item.client = draft.client.nilIfEmpty
        item.$resident.id = resident?.id
        item.answerList = draft.answers.isEmpty ? nil : String(decoding: try JSONEncoder().encode(draft.answers), as: UTF8.self)
        item.contactName = draft.contactName.nilIfEmpty
        item.contactEmail = draft.contactEmail.nilIfEmpty
        item.contactPhone = draft.contactPhone.nilIfEmpty
        item.wantsUpdates = draft.wantsUpdates
        item.receivedAt = received!
        item.receivedOn = CalendarDay(received!)
        item.status = .open
        item.priority = priority!
        item.$division.id = interaction!.$division.id
        item.dueDates = DueDates(receivedAt: received!, replyDays: standards.reply.days(for: channel!), resolveDays: interaction!.standardDays, calendar: calendar)
        item.createdAt = now
        item.updatedAt = now
        item.settle()
        let divisionID = interaction!.$division.id
        try await db.transaction { db in
            item.reference = try await unusedReference(for: organisation, on: db)
            try await item.createAudited(by: actor, at: now, on: db)
            try await ComplianceTallies.record(from: nil, to: SettledDueDates(item), organisationID: organisationID, on: db)
            let changes = [
                CaseStep.Change(field: "status", before: nil, after: CaseStatus.open.rawValue),
                CaseStep.Change(field: "division", before: nil, after: divisionID.uuidString),
            ] + [("replyBy", item.replyBy), ("resolveBy", item.resolveBy)].compactMap { field, day in
                day.map { CaseStep.Change(field: field, before: nil, after: $0.description) }
            }
            try await CaseStep(of: item.requireID(), position: 0, organisationID: organisationID, by: actor, at: now, changes: changes,
                               publicNote: nil, internalNote: nil).create(on: db)
            try await CaseNotices.received(item, service: service!, resident: resident, at: now, on: db)
        }
        return item
    }

    /// Checks the update and applies it as one step of the case's history, with the messages it
    /// causes. Leaving `waiting-for-customer` moves the due dates still ahead by the working days
    /// waited.
    @discardableResult
    public static func update(_ item: Case, with update: CaseUpdate, by actor: Actor, at now: Date, on db: any Database) async throws -> CaseStep {
        let organisationID = item.$organisation.id
        var errors = FieldErrors()
        let status = update.status.isEmpty ? nil : CaseStatus(rawValue: update.status)
        if !update.status.isEmpty, status == nil {
            errors.add(field: "status", "“\(update.status)” is not a status: use one of " + CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let status, !item.isOpen, status != .open, status != item.status {
            errors.add(field: "status", "Case \(item.reference) is closed: reopen it (status open) before changing it further")
        }
        var original: Case?
        if status == .duplicate {
            if update.duplicateOf.isEmpty { errors.add(field: "duplicateOf", "Give the reference of the case this one duplicates") }
            else {
                original = try await find(reference: update.duplicateOf, in: organisationID, on: db)
                if original == nil { errors.add(field: "duplicateOf", "There is no case \(CaseReference.normalise(update.duplicateOf))") }
                else if original!.id == item.id { errors.add(field: "duplicateOf", "A case cannot duplicate itself") }
            }
        }
        var division: Division?
        if !update.division.isEmpty {
            division = try await CaseLookup.division(update.division, in: organisationID, on: db)
            if division == nil { errors.add(field: "division", "There is no division “\(update.division)”") }
        }
        var officer: User?
        if !update.officer.isEmpty, update.officer != "none" {
            officer = try await CaseLookup.officer(update.officer, in: organisationID, on: db)
            if officer == nil { errors.add(field: "officer", "There is no member of staff “\(update.officer)” here") }
        }
        let priority = update.priority.isEmpty ? nil : CasePriority(rawValue: update.priority)
        if !update.priority.isEmpty, priority == nil { errors.add(field: "priority", "Choose a priority: " + CasePriority.allCases.map(\.rawValue).joined(separator: ", ")) }
        if update.publicNote.count > 5000 { errors.add(field: "publicNote", "An update must be 5,000 characters or fewer") }
        if update.internalNote.count > 5000 { errors.add(field: "internalNote", "A note must be 5,000 characters or fewer") }
        if errors.isEmpty, update.isEmpty { errors.add(field: "status", "Give a new status, an update for the resident, a note or an assignment") }
        try errors.check()

        let today = CalendarDay(now)
        let before = item.auditFields
        let settledBefore = SettledDueDates(item)
        var changes: [CaseStep.Change] = []
        func change<T: Equatable>(_ field: String, _ keyPath: ReferenceWritableKeyPath<Case, T>, to value: T, _ text: (T) -> String?) {
            guard item[keyPath: keyPath] != value else { return }
            changes.append(.init(field: field, before: text(item[keyPath: keyPath]), after: text(value)))
            item[keyPath: keyPath] = value
        }
        if let status, status != item.status {
            if item.status == .waitingForCustomer, let started = item.waitingSince {
                let calendar = try await StandardsRegister.calendar(for: organisationID, on: db)
                let moved = item.dueDates.afterWaiting(from: started, until: today, calendar: calendar)
                change("replyBy", \.replyBy, to: moved.replyBy) { $0?.description }
                change("resolveBy", \.resolveBy, to: moved.resolveBy) { $0?.description }
            }
            item.waitingSince = status == .waitingForCustomer ? today : nil
            if !status.isOpen {
                item.closedOn = today
                if item.repliedOn == nil { item.repliedOn = today }
            } else if !item.isOpen {
                item.closedOn = nil
            }
            change("duplicateOf", \.duplicateOfID, to: status == .duplicate ? original?.id : nil) { $0?.uuidString }
            change("status", \.status, to: status) { $0.rawValue }
        }
        if let division { change("division", \.$division.id, to: try division.requireID()) { $0.uuidString } }
        if update.officer == "none" { change("officer", \.$officer.id, to: nil) { $0?.uuidString } }
        if let officer { change("officer", \.$officer.id, to: try officer.requireID()) { $0?.uuidString } }
        if let priority { change("priority", \.priority, to: priority) { $0.rawValue } }
        if !update.publicNote.isEmpty, !update.fromResident, item.repliedOn == nil { item.repliedOn = today }
        item.updatedAt = now
        item.settle()
        let steps = changes
        let settled = SettledDueDates(item)
        let step = try await db.transaction { db in
            try await item.save(on: db)
            try await ComplianceTallies.record(from: settledBefore, to: settled, organisationID: organisationID, on: db)
            let position = try await CaseStep.query(on: db).filter(\.$case.$id == item.requireID()).count()
            let step = try CaseStep(of: item.requireID(), position: position, organisationID: organisationID, by: actor, at: now, changes: steps,
                                    publicNote: update.publicNote.nilIfEmpty, internalNote: update.internalNote.nilIfEmpty)
            step.clientUpdateID = update.clientUpdateID.nilIfEmpty
            try await step.create(on: db)
            var after = item.auditFields
            if !update.publicNote.isEmpty { after["publicUpdate"] = update.publicNote }
            if !update.internalNote.isEmpty { after["internalNote"] = update.internalNote }
            try await AuditRegister.record(.updated, entity: Case.auditEntity, entityID: item.requireID().uuidString, organisationID: organisationID,
                                           before: before, after: after, by: actor, at: now, on: db)
            try await CaseNotices.changed(item, changes: steps, update: update, by: actor, at: now, on: db)
            return step
        }
        // Names for the page that shows the case next.
        if let division { item.$division.value = division }
        if update.officer == "none" { item.$officer.value = .some(nil) }
        if let officer { item.$officer.value = officer }
        return step
    }

    private static func unusedReference(for organisation: Organisation, on db: any Database) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let prefix = CaseReference.prefix(for: organisation.slug)
        for _ in 0..<8 {
            let reference = CaseReference.make(prefix: prefix, using: &generator)
            if try await Case.query(on: db).filter(\.$reference == reference).count() == 0 { return reference }
        }
        throw ReferencesExhausted()
    }
}

/// Eight random references in a row were taken: there are nearly a billion, so something is wrong.
struct ReferencesExhausted: Error, CustomStringConvertible {
    var description: String { "No unused case reference could be found" }
}

/// Finding what a case names, by the forms people and programs use: a service by its short
/// name or id, a division by id, short name or name, an officer by id or email.
enum CaseLookup {
    static func service(_ text: String, in organisationID: UUID, on db: any Database) async throws -> Service? {
        guard !text.isEmpty else { return nil }
        let query = Service.query(on: db).filter(\.$organisation.$id == organisationID)
        if let id = UUID(uuidString: text) { return try await query.filter(\.$id == id).first() }
        return try await query.filter(\.$slug == text.lowercased()).first()
    }

    static func resident(_ text: String, in organisationID: UUID, on db: any Database) async throws -> Resident? {
        guard let id = UUID(uuidString: text) else { return nil }
        return try await ResidentRegister.find(id, in: organisationID, on: db)
    }

    static func site(_ text: String, in organisationID: UUID, on db: any Database) async throws -> Site? {
        guard let id = UUID(uuidString: text) else { return nil }
        return try await Site.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    static func division(_ text: String, in organisationID: UUID, on db: any Database) async throws -> Division? {
        if let id = UUID(uuidString: text) { return try await DivisionRegister.find(id, in: organisationID, on: db) }
        let divisions = try await DivisionRegister.all(in: organisationID, on: db)
        return divisions.first { $0.slug == text.lowercased() || $0.name.lowercased() == text.lowercased() }
    }

    static func officer(_ text: String, in organisationID: UUID, on db: any Database) async throws -> User? {
        let query = User.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$isActive == true)
        if let id = UUID(uuidString: text) { return try await query.filter(\.$id == id).first() }
        return try await query.filter(\.$email == text.lowercased()).first()
    }
}
