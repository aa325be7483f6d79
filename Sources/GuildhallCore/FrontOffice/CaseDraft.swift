import Foundation

/// A new case as it was typed on the staff pages or sent through the API, before it is checked.
public struct CaseDraft: Sendable, Equatable {
    /// The service's short name (or id).
    public var service: String
    public var interactionType: String
    public var channel: String
    public var description: String
    public var residentID: String
    /// An ISO 8601 time, or a day (`YYYY-MM-DD`); empty for now.
    public var receivedAt: String
    public var locationAddress: String
    public var locationPostcode: String
    public var latitude: String
    public var longitude: String
    public var siteID: String
    public var client: String
    public var priority: String
    /// What the resident answered on an online form or through Open311.
    public var answers: [FormAnswer]
    /// Contact details given with an online request, for a resident the council may not know.
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var wantsUpdates: Bool

    public init(
        service: String, interactionType: String, channel: String, description: String, residentID: String = "", receivedAt: String = "",
        locationAddress: String = "", locationPostcode: String = "", latitude: String = "", longitude: String = "",
        siteID: String = "", client: String = "", priority: String = "", answers: [FormAnswer] = [],
        contactName: String = "", contactEmail: String = "", contactPhone: String = "", wantsUpdates: Bool = false
    ) {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.service = trimmed(service)
        self.interactionType = trimmed(interactionType)
        self.channel = trimmed(channel)
        self.description = trimmed(description)
        self.residentID = trimmed(residentID)
        self.receivedAt = trimmed(receivedAt)
        self.locationAddress = trimmed(locationAddress)
        self.locationPostcode = trimmed(locationPostcode)
        self.latitude = trimmed(latitude)
        self.longitude = trimmed(longitude)
        self.siteID = trimmed(siteID)
        self.client = trimmed(client)
        self.priority = trimmed(priority)
        self.answers = answers
        self.contactName = trimmed(contactName)
        self.contactEmail = trimmed(contactEmail)
        self.contactPhone = trimmed(contactPhone)
        self.wantsUpdates = wantsUpdates
    }

    /// The time received: a full time as given, or a day as its start in London.
    func receivedTime(now: Date) -> Date? {
        if receivedAt.isEmpty { return now }
        if let day = CalendarDay(receivedAt) { return day.start }
        let formatter = ISO8601DateFormatter()
        if let time = formatter.date(from: receivedAt) { return time }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: receivedAt)
    }
}

/// A change to a case, as typed or sent: any of a new status, a public update for the resident,
/// an internal note, a new assignment and priority.
public struct CaseUpdate: Sendable, Equatable {
    public var status: String
    public var publicNote: String
    public var internalNote: String
    /// A division by id, short name or name.
    public var division: String
    /// An officer by id or email; `none` to unassign.
    public var officer: String
    /// The original case's reference, for `duplicate`.
    public var duplicateOf: String
    public var priority: String
    /// A public update written by the resident (through an Open311 client), which is not the
    /// council's reply.
    public var fromResident: Bool
    /// The id an Open311 client gave its update, prefixed by the client's name, kept on the step
    /// so that the same update sent again is recognised rather than recorded twice.
    public var clientUpdateID: String

    public init(status: String = "", publicNote: String = "", internalNote: String = "", division: String = "", officer: String = "",
                duplicateOf: String = "", priority: String = "", fromResident: Bool = false, clientUpdateID: String = "") {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.status = trimmed(status)
        self.publicNote = trimmed(publicNote)
        self.internalNote = trimmed(internalNote)
        self.division = trimmed(division)
        self.officer = trimmed(officer)
        self.duplicateOf = trimmed(duplicateOf)
        self.priority = trimmed(priority)
        self.fromResident = fromResident
        self.clientUpdateID = clientUpdateID
    }

    /// Whether it asks for nothing at all.
    var isEmpty: Bool {
        [status, publicNote, internalNote, division, officer, duplicateOf, priority].allSatisfy(\.isEmpty)
    }
}

extension CaseDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case service, interactionType, channel, description, resident, receivedAt, locationAddress, locationPostcode, site, priority
    }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(service: try form.text(.service), interactionType: try form.text(.interactionType), channel: try form.text(.channel),
                  description: try form.text(.description), residentID: try form.text(.resident), receivedAt: try form.text(.receivedAt),
                  locationAddress: try form.text(.locationAddress), locationPostcode: try form.text(.locationPostcode),
                  siteID: try form.text(.site), priority: try form.text(.priority))
    }
}

extension CaseUpdate: Decodable {
    enum CodingKeys: String, CodingKey {
        case status, publicNote, internalNote, division, officer, duplicateOf, priority
    }

    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        self.init(status: try form.text(.status), publicNote: try form.text(.publicNote), internalNote: try form.text(.internalNote),
                  division: try form.text(.division), officer: try form.text(.officer), duplicateOf: try form.text(.duplicateOf),
                  priority: try form.text(.priority))
    }
}
