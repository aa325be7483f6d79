import FluentKit
import Foundation

/// The messages a case's changes cause, written in the transaction that makes each change: to
/// the resident when it is received, updated or closed, and to officers when it is referred.
public enum CaseNotices {
    /// How the case's resident hears of progress; nil when they gave no address to tell them at.
    public static func residentRecipient(for item: Case, on db: any Database) async throws -> Outbox.Recipient? {
        residentRecipient(for: item, resident: try await item.$resident.get(on: db))
    }

    /// Why a resident with no recipient is not told, for the staff who may need to phone them.
    public static func whyNotTold(_ item: Case) -> String {
        gaveContactDetails(item)
            ? (item.wantsUpdates ? "the only number they gave is not a mobile." : "they asked not to be sent updates when they made the request.")
            : "they gave no email address or mobile number they agreed to be contacted on."
    }

    /// Where the resident hears of progress. A request made online says for itself: the address
    /// given with it, if they asked for updates. Otherwise their record's email or mobile number,
    /// if they agreed to be contacted on it. Nil when there is none, so they are not told.
    static func residentRecipient(for item: Case, resident: Resident?) -> Outbox.Recipient? {
        if gaveContactDetails(item) {
            guard item.wantsUpdates else { return nil }
            let name = item.contactName ?? resident?.name ?? "The resident"
            if let email = item.contactEmail { return .init(channel: .email, address: email, name: name, residentID: resident?.id) }
            if let phone = item.contactPhone, isMobile(phone) { return .init(channel: .sms, address: phone, name: name, residentID: resident?.id) }
            return nil
        }
        guard let resident, resident.mergedIntoID == nil else { return nil }
        if resident.consentsToEmail, let email = resident.email { return .init(channel: .email, address: email, name: resident.name, residentID: resident.id) }
        if resident.consentsToText, let phone = resident.phone, isMobile(phone) {
            return .init(channel: .sms, address: phone, name: resident.name, residentID: resident.id)
        }
        return nil
    }

    /// Whether the request came with contact details of its own, as one made online does.
    private static func gaveContactDetails(_ item: Case) -> Bool {
        item.contactEmail != nil || item.contactPhone != nil
    }

    /// A UK mobile number: 07 and nine more digits, `+44 7…` read the same.
    static func isMobile(_ phone: String) -> Bool {
        guard let digits = ResidentKeys.phone(phone) else { return false }
        return digits.count == 11 && digits.hasPrefix("07")
    }

    static func received(_ item: Case, service: Service, resident: Resident?, at now: Date, on db: any Database) async throws {
        try await toResident(.caseReceived, item, service: service, resident: resident, update: nil, at: now, on: db)
    }

    /// After a step: the resident hears of a new status or a public update (unless it came from
    /// them), with the survey when the case is closed; officers hear of a referral to them.
    static func changed(_ item: Case, changes: [CaseStep.Change], update: CaseUpdate, by actor: Actor, at now: Date, on db: any Database) async throws {
        let service = try await item.$service.get(on: db)
        let statusChanged = changes.contains { $0.field == "status" }
        if !update.fromResident, statusChanged || !update.publicNote.isEmpty {
            let resident = try await item.$resident.get(on: db)
            let event: NotificationEvent = statusChanged && !item.isOpen ? .caseClosed : .caseUpdated
            try await toResident(event, item, service: service, resident: resident, update: update.publicNote, at: now, on: db)
        }
        let handedOver = changes.contains { ["status", "division", "officer"].contains($0.field) }
        if item.status == .referred, handedOver {
            try await toOfficers(item, service: service, except: actor, at: now, on: db)
        }
    }

    private static func toResident(_ event: NotificationEvent, _ item: Case, service: Service, resident: Resident?, update: String?,
                                   at now: Date, on db: any Database) async throws {
        guard let recipient = residentRecipient(for: item, resident: resident) else { return }
        var values: [String: Personalisation.Value] = [
            "reference": .text(item.reference), "service": .text(service.name), "status": .text(item.status.publicLabel),
            "update": .text(update ?? ""), "url": .text(CaseLinks.tracking(item.reference)),
        ]
        if event == .caseClosed {
            let token = try await SatisfactionRegister.ask(about: item, on: CalendarDay(now), on: db)
            values["satisfaction_url"] = .text(CaseLinks.satisfaction(item.reference, token: token))
        }
        try await Outbox.write(event, to: recipient, organisationID: item.$organisation.id, caseID: item.requireID(), reference: item.reference,
                               personalisation: Personalisation(values), at: now, on: db)
    }

    /// The named officer, or else every active back-office officer of the case's division.
    private static func toOfficers(_ item: Case, service: Service, except actor: Actor, at now: Date, on db: any Database) async throws {
        let officers = try await OfficerRecipients.for(divisionID: item.$division.id, officerID: item.$officer.id, on: db)
        let due = item.resolveBy ?? item.replyBy
        let personalisation = Personalisation([
            "reference": .text(item.reference), "service": .text(service.name), "due": .text(due?.longDescription ?? "No due date"),
            "url": .text(CaseLinks.staffCase(item.reference)),
        ])
        for officer in officers where officer.id != actor.id {
            try await Outbox.write(.caseReferred, to: .init(channel: .email, address: officer.email, name: officer.name, userID: officer.id),
                                   organisationID: item.$organisation.id, caseID: item.requireID(), reference: item.reference,
                                   personalisation: personalisation, at: now, on: db)
        }
    }
}

/// The officers a case's messages go to.
enum OfficerRecipients {
    static func `for`(divisionID: UUID, officerID: UUID?, on db: any Database) async throws -> [User] {
        if let officerID {
            return try await User.query(on: db).filter(\.$id == officerID).filter(\.$isActive == true).all()
        }
        return try await User.query(on: db).filter(\.$division.$id == divisionID).filter(\.$isActive == true).with(\.$roleGrants).all()
            .filter { $0.roleGrants.contains { $0.role == .backOffice } }
            .sorted { $0.email < $1.email }
    }
}
