import Foundation
import GuildhallCore

/// A value written as JSON `null` when absent, where a program needs the field either way.
struct OrNull<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// The front office's records as the API answers them.
enum FrontOfficeRecords {
    struct Address: Encodable {
        var lines: [String]
        var postcode: String?
        var uprn: String?
    }

    struct Customer: Encodable {
        var id: UUID
        var kind: String
        var name: String
        var email: String?
        var phone: String?
        var address: Address
        var preferredChannel: String?
        var consents: [String: Bool]
        var needs: [String]
        var notes: String
        var contacts: [ContactRecord]?
        var cases: [CaseSummary]?

        init(_ resident: Resident, contacts: [Contact]? = nil, cases: [Case]? = nil) {
            id = resident.id!
            kind = resident.kind.rawValue
            name = resident.name
            email = resident.email
            phone = resident.phone
            address = Address(lines: resident.addressLines, postcode: resident.postcode, uprn: resident.uprn)
            preferredChannel = resident.preferredChannel?.rawValue
            consents = ["email": resident.consentsToEmail, "text": resident.consentsToText]
            needs = resident.needs.map(\.rawValue)
            notes = resident.notes
            self.contacts = contacts?.map(ContactRecord.init)
            self.cases = cases?.map(CaseSummary.init)
        }
    }

    struct ContactRecord: Encodable {
        var id: UUID
        var channel: String
        var site: UUID?
        var occurredAt: Date
        var staff: String
        var customer: UUID?
        var service: String
        var interactionType: Int
        var outcome: String
        var notes: String
        var `case`: String?

        init(_ contact: Contact) {
            id = contact.id!
            channel = contact.channel.rawValue
            site = contact.$site.id
            occurredAt = contact.occurredAt
            staff = contact.staffName
            customer = contact.$resident.id
            service = contact.$service.value?.slug ?? contact.$service.id.uuidString
            interactionType = contact.interactionType.code
            outcome = contact.outcome.rawValue
            notes = contact.notes
            self.case = contact.$case.value??.reference
        }
    }

    struct Division: Encodable {
        var id: UUID
        var name: String
    }

    struct Officer: Encodable {
        var id: UUID
        var name: String
        var email: String
    }

    struct CaseSummary: Encodable {
        var reference: String
        var service: String
        var interactionType: Int
        var channel: String
        var status: String
        var open: Bool
        var receivedAt: Date
        var replyBy: OrNull<CalendarDay>
        var resolveBy: OrNull<CalendarDay>
        var division: Division

        init(_ item: Case) {
            reference = item.reference
            service = item.service.slug
            interactionType = item.interactionType.code
            channel = item.channel.rawValue
            status = item.status.rawValue
            open = item.isOpen
            receivedAt = item.receivedAt
            replyBy = OrNull(item.replyBy)
            resolveBy = OrNull(item.resolveBy)
            division = Division(id: item.division.id!, name: item.division.name)
        }
    }

    struct Location: Encodable {
        var address: String
        var postcode: String?
        var lat: Double?
        var long: Double?
    }

    struct Step: Encodable {
        var at: Date
        var by: String
        var changes: [CaseStep.Change]
        var `public`: String?
        var `internal`: String?

        init(_ step: CaseStep) {
            at = step.occurredAt
            by = step.actorName
            changes = step.changes
            self.public = step.publicNote
            self.internal = step.internalNote
        }
    }

    struct CaseRecord: Encodable {
        var reference: String
        var service: String
        var interactionType: Int
        var description: String
        var location: Location
        var channel: String
        var site: UUID?
        var customer: UUID?
        var receivedAt: Date
        var status: String
        var open: Bool
        var priority: String
        var division: Division
        var officer: OrNull<Officer>
        var duplicateOf: String?
        var replyBy: OrNull<CalendarDay>
        var resolveBy: OrNull<CalendarDay>
        var repliedOn: OrNull<CalendarDay>
        var closedOn: OrNull<CalendarDay>
        var overdue: Bool
        var history: [Step]

        init(_ item: Case, duplicateOf: String?, history: [CaseStep], today: CalendarDay) {
            reference = item.reference
            service = item.service.slug
            interactionType = item.interactionType.code
            description = item.description
            location = Location(address: item.locationAddress, postcode: item.locationPostcode, lat: item.latitude, long: item.longitude)
            channel = item.channel.rawValue
            site = item.$site.id
            customer = item.$resident.id
            receivedAt = item.receivedAt
            status = item.status.rawValue
            open = item.isOpen
            priority = item.priority.rawValue
            division = Division(id: item.division.id!, name: item.division.name)
            officer = OrNull(item.officer.map { Officer(id: $0.id!, name: $0.name, email: $0.email) })
            self.duplicateOf = duplicateOf
            replyBy = OrNull(item.replyBy)
            resolveBy = OrNull(item.resolveBy)
            repliedOn = OrNull(item.repliedOn)
            closedOn = OrNull(item.closedOn)
            overdue = item.isOverdue(on: today)
            self.history = history.map(Step.init)
        }
    }
}
