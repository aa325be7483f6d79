import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

/// A council with a catalogue, for the front office's rules.
struct FrontOfficeCouncil {
    var organisation: Organisation
    var id: UUID { organisation.id! }

    static let catalogue = """
        service,division,interaction,applicable,channels,standard_days
        Missed bin collection,Environmental Services,9,yes,web;telephone,1
        Missed bin collection,Environmental Services,1,yes,web,
        Pothole,Highways,9,yes,web,10
        """

    static func make(on db: any Database, slug: String = "wyvern-vale") async throws -> FrontOfficeCouncil {
        let organisation = try await OrganisationRegister.add(OrganisationDraft(slug: slug, name: "Wyvern Vale", tier: "district"),
                                                              by: .commandLine, at: Date(), on: db)
        _ = try await ImportRegister.apply(catalogue, to: organisation.requireID(), by: .commandLine, at: Date(), on: db)
        return FrontOfficeCouncil(organisation: organisation)
    }

    func take(_ draft: CaseDraft, at now: Date, on db: any Database) async throws -> Case {
        try await CaseRegister.create(draft, in: organisation, by: .commandLine, at: now, on: db)
    }
}

/// A time in London.
func london(_ text: String) -> Date {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    formatter.timeZone = LondonTime.timeZone
    return formatter.date(from: text)!
}

@Suite("Cases: due dates, changes and their history")
struct CaseRulesTests {
    @Test("A letter received on Christmas Eve 2026 is due a reply on 12 January and resolution on 29 December; closure days push both on")
    func christmas() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let draft = CaseDraft(service: "missed-bin-collection", interactionType: "9", channel: "letter", description: "Bin missed",
                                  receivedAt: "2026-12-24")
            let item = try await council.take(draft, at: london("2026-12-24 16:00"), on: db)
            // Working days after Thursday 24 December: 29, 30, 31 December, then 4–8 and 11, 12 January (1 January is a bank holiday).
            #expect(item.replyBy == CalendarDay("2027-01-12"))
            #expect(item.resolveBy == CalendarDay("2026-12-29"))
            #expect(item.status == .open && item.isOpen && item.nextDue == CalendarDay("2026-12-29"))
            #expect(CaseReference.isReference(item.reference) && item.reference.hasPrefix("WV-"))

            for day in ["2026-12-29", "2026-12-30", "2026-12-31"] {
                _ = try await StandardsRegister.addClosure(day: day, label: "Christmas closure", to: council.id, by: .commandLine, at: Date(), on: db)
            }
            let closed = try await council.take(draft, at: london("2026-12-24 16:00"), on: db)
            #expect(closed.resolveBy == CalendarDay("2027-01-04"))
            #expect(closed.replyBy == CalendarDay("2027-01-15"))
        }
    }

    @Test("A case received at 23:30 UTC on 1 April 2027 was received on Friday 2 April in London, and counts from the Tuesday after Easter")
    func britishSummerTime() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let item = try await council.take(CaseDraft(service: "missed-bin-collection", interactionType: "9", channel: "email",
                                                        description: "Bin missed", receivedAt: "2027-04-01T23:30:00Z"),
                                              at: london("2027-04-06 09:00"), on: db)
            #expect(item.receivedOn == CalendarDay("2027-04-02"))
            // Good Friday 26 March and Easter Monday 29 March 2027 are past; 2 April is a Friday, so the first working day after is Monday 5 April.
            #expect(item.resolveBy == CalendarDay("2027-04-05"))
            #expect(item.replyBy == CalendarDay("2027-04-09"))
        }
    }

    @Test("A case in the future, or naming an unknown service, channel or type, is refused with each problem and nothing is written")
    func refusals() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let now = london("2026-12-01 10:00")
            let future = try await #require(throws: FieldErrors.self) {
                try await council.take(CaseDraft(service: "missed-bin-collection", interactionType: "9", channel: "web", description: "x",
                                                 receivedAt: "2026-12-02"), at: now, on: db)
            }
            #expect(future.problems.map(\.field) == ["receivedAt"])
            let unknown = try await #require(throws: FieldErrors.self) {
                try await council.take(CaseDraft(service: "dragon-removal", interactionType: "11", channel: "pigeon", description: ""), at: now, on: db)
            }
            #expect(unknown.problems.map(\.field) == ["service", "interactionType", "channel", "description"])
            #expect(unknown.message(for: "service") == "There is no service “dragon-removal” in the catalogue")
            let wrongType = try await #require(throws: FieldErrors.self) {
                try await council.take(CaseDraft(service: "pothole", interactionType: "1", channel: "web", description: "Hole"), at: now, on: db)
            }
            #expect(wrongType.message(for: "interactionType") == "Pothole has no interaction of type 1 (Providing information)")
            #expect(try await Case.query(on: db).count() == 0)
            #expect(try await CaseStep.query(on: db).count() == 0)
        }
    }

    @Test("Waiting for the resident stops the clock: due dates still ahead move by the working days waited")
    func waiting() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            // Monday 2 November 2026, by email (5 days) about a pothole (10 days).
            let item = try await council.take(CaseDraft(service: "pothole", interactionType: "9", channel: "email", description: "Hole"),
                                              at: london("2026-11-02 10:00"), on: db)
            #expect(item.replyBy == CalendarDay("2026-11-09") && item.resolveBy == CalendarDay("2026-11-16"))
            try await CaseRegister.update(item, with: CaseUpdate(status: "waiting-for-customer", internalNote: "Asked for a photo"),
                                          by: .commandLine, at: london("2026-11-04 11:00"), on: db)
            #expect(item.waitingSince == CalendarDay("2026-11-04"))
            // Waiting Wednesday 4 to Monday 9 November: 4, 5 and 6 November are the working days waited.
            try await CaseRegister.update(item, with: CaseUpdate(status: "in-progress"), by: .commandLine, at: london("2026-11-09 09:00"), on: db)
            #expect(item.replyBy == CalendarDay("2026-11-12"))
            #expect(item.resolveBy == CalendarDay("2026-11-19"))
            #expect(item.waitingSince == nil)

            let history = try await CaseRegister.history(of: item, on: db)
            #expect(history.count == 3)
            #expect(history[1].internalNote == "Asked for a photo")
            #expect(history[2].changes.contains(CaseStep.Change(field: "replyBy", before: "2026-11-09", after: "2026-11-12")))
            #expect(history[2].changes.contains(CaseStep.Change(field: "status", before: "waiting-for-customer", after: "in-progress")))
        }
    }

    @Test("Closing records the day; a closed case only reopens; duplicate needs its original; a public update is the reply")
    func closingAndReopening() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let original = try await council.take(CaseDraft(service: "pothole", interactionType: "9", channel: "web", description: "Hole"),
                                                  at: london("2026-11-02 10:00"), on: db)
            let item = try await council.take(CaseDraft(service: "pothole", interactionType: "9", channel: "web", description: "Same hole"),
                                              at: london("2026-11-02 11:00"), on: db)
            try await CaseRegister.update(item, with: CaseUpdate(publicNote: "We have sent an inspector"), by: .commandLine, at: london("2026-11-03 09:00"), on: db)
            #expect(item.repliedOn == CalendarDay("2026-11-03") && item.isOpen)

            let missing = try await #require(throws: FieldErrors.self) {
                try await CaseRegister.update(item, with: CaseUpdate(status: "duplicate"), by: .commandLine, at: london("2026-11-04 09:00"), on: db)
            }
            #expect(missing.problems.map(\.field) == ["duplicateOf"])
            let nonsense = try await #require(throws: FieldErrors.self) {
                try await CaseRegister.update(item, with: CaseUpdate(status: "sorted", officer: "nobody@example.com"), by: .commandLine, at: london("2026-11-04 09:00"), on: db)
            }
            #expect(nonsense.problems.map(\.field) == ["status", "officer"])
            #expect(try await CaseRegister.history(of: item, on: db).count == 2)

            try await CaseRegister.update(item, with: CaseUpdate(status: "duplicate", duplicateOf: original.reference.lowercased()),
                                          by: .commandLine, at: london("2026-11-04 09:00"), on: db)
            #expect(!item.isOpen && item.duplicateOfID == original.id && item.closedOn == CalendarDay("2026-11-04") && item.nextDue == nil)
            let stillClosed = try await #require(throws: FieldErrors.self) {
                try await CaseRegister.update(item, with: CaseUpdate(status: "fixed"), by: .commandLine, at: london("2026-11-05 09:00"), on: db)
            }
            #expect(stillClosed.message(for: "status")?.contains("reopen it") == true)
            try await CaseRegister.update(item, with: CaseUpdate(status: "open"), by: .commandLine, at: london("2026-11-05 09:00"), on: db)
            #expect(item.isOpen && item.closedOn == nil && item.duplicateOfID == nil && item.nextDue == CalendarDay("2026-11-16"))
            #expect(try await AuditEntry.query(on: db).filter(\.$entity == "case").filter(\.$entityID == item.requireID().uuidString).count() == 4)
        }
    }
}
