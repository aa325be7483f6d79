import Foundation
import GuildhallCore

/// The front office's records as pages show them: plain values, made where the records and the
/// relations they name are loaded.
struct CaseRow: Equatable {
    var reference: String
    var service: String
    var status: CaseStatus
    var receivedOn: CalendarDay
    var nextDue: CalendarDay?
    var isOverdue: Bool
    var division: String
    var officer: String?
    var resident: String?

    /// `item` with its service, division, officer and resident loaded, as `CaseRegister` loads them.
    init(_ item: Case, today: CalendarDay) {
        reference = item.reference
        service = item.service.name
        status = item.status
        receivedOn = item.receivedOn
        nextDue = item.nextDue
        isOverdue = item.isOverdue(on: today)
        division = item.division.name
        officer = item.officer?.name
        resident = item.resident?.name
    }
}

struct ContactRow: Equatable {
    var occurredAt: Date
    var channel: String
    var service: String
    var caseReference: String?
    var outcome: ContactOutcome
    var staff: String

    /// `contact` with its service, INFO centre and case loaded, as `ResidentRegister.contacts` loads them.
    init(_ contact: Contact) {
        occurredAt = contact.occurredAt
        channel = contact.channel.label + (contact.site.map { " at \($0.name)" } ?? "")
        service = contact.service.name
        caseReference = contact.case?.reference
        outcome = contact.outcome
        staff = Format.person(contact.staffName)
    }
}

struct VisitRow: Equatable {
    var id: UUID
    var visitor: String
    var residentID: UUID?
    var reason: String
    var arrivedAt: Date
    var minutesWaited: Int
    var state: Visit.State
    var calledBy: String?

    init(_ visit: Visit, at now: Date) {
        id = visit.id!
        visitor = visit.visitor
        residentID = visit.$resident.id
        reason = visit.reason
        arrivedAt = visit.arrivedAt
        minutesWaited = visit.minutesWaited(at: now)
        state = visit.state
        calledBy = visit.calledBy.map(Format.person)
    }
}
