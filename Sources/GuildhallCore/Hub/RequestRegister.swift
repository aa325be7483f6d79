import FluentKit
import Foundation

/// Requests residents make for a service, on the Hub's pages or through an Open311 client: each
/// becomes a case, committed before its reference is given.
public enum RequestRegister {
    /// Where a request came from.
    public enum Source: Sendable, Equatable {
        case hub
        /// An Open311 client application, by the name its key was issued under.
        case open311(client: String)

        var channel: ContactChannel {
            switch self {
            case .hub: .web
            case .open311: .open311
            }
        }

        var client: String {
            if case .open311(let client) = self { return client }
            return ""
        }

        var actor: Actor {
            switch self {
            case .hub: Actor(id: nil, name: "Resident, through the online form")
            case .open311(let client): Actor(id: nil, name: "\(client), through Open311")
            }
        }
    }

    /// Checks the request against the service's form and takes it in as a case on the `web` or
    /// `open311` channel, linked to the resident whose email it is when exactly one resident has it.
    public static func submit(_ draft: RequestDraft, for service: Service, form: OnlineForm, via source: Source, at now: Date,
                              on db: any Database) async throws -> Case {
        let definition = form.definition
        let (answers, errors) = draft.check(against: definition)
        try errors.check()
        let organisation = try await service.$organisation.get(on: db)
        let resident = try await resident(withEmail: draft.email, in: organisation.requireID(), on: db)
        let postcode = !draft.postcode.isEmpty ? draft.postcode
            : ResidentDraft.looksLikePostcode(draft.address) ? draft.address : ""
        let address = postcode == draft.address ? "" : draft.address
        let caseDraft = CaseDraft(
            service: try service.requireID().uuidString, interactionType: String(definition.interactionType.code), channel: source.channel.rawValue,
            description: draft.description.isEmpty ? summary(of: answers, service: service) : draft.description,
            residentID: resident?.id?.uuidString ?? "", locationAddress: address, locationPostcode: postcode,
            latitude: draft.latitude, longitude: draft.longitude, client: source.client,
            answers: answers, contactName: draft.name, contactEmail: draft.email, contactPhone: draft.phone, wantsUpdates: draft.wantsUpdates)
        return try await CaseRegister.create(caseDraft, in: organisation, by: source.actor, at: now, on: db)
    }

    /// An update an Open311 client sends for the resident: recorded as a public update from them.
    /// `OPEN` or `REOPEN` reopens a closed case and `FIXED` or `CLOSED` closes an open one; any
    /// other status leaves the case's own alone, because only the council refers or schedules work.
    /// An update the client sent before under the same `updateID` is not recorded again: the step
    /// it made is returned.
    @discardableResult
    public static func recordUpdate(on item: Case, status: String, description: String, from name: String, via client: String, updateID: String = "",
                                    at now: Date, on db: any Database) async throws -> CaseStep {
        let clientUpdateID = updateID.isEmpty ? "" : "\(client): \(updateID)"
        if !clientUpdateID.isEmpty,
           let recorded = try await CaseStep.query(on: db).filter(\.$case.$id == item.requireID()).filter(\.$clientUpdateID == clientUpdateID).first() {
            return recorded
        }
        let word = status.uppercased().replacingOccurrences(of: " ", with: "_")
        let next: CaseStatus? = switch word {
        case "OPEN", "REOPEN": item.isOpen ? nil : .open
        case "FIXED": item.isOpen ? .fixed : nil
        case "CLOSED": item.isOpen ? .closed : nil
        default: nil
        }
        let who = name.trimmingCharacters(in: .whitespaces).isEmpty || name.trimmingCharacters(in: .whitespaces) == "-" ? "The resident" : name
        let actor = Actor(id: nil, name: "\(who), through \(client)")
        let update = CaseUpdate(status: next?.rawValue ?? "", publicNote: description, fromResident: true, clientUpdateID: clientUpdateID)
        return try await CaseRegister.update(item, with: update, by: actor, at: now, on: db)
    }

    /// Open cases for the same service within `radius` metres of the point, or at the same postcode,
    /// nearest first: what a resident is shown before reporting something that may be known already.
    public static func nearby(_ service: Service, latitude: Double?, longitude: Double?, postcode: String, radius: Double = 250,
                              on db: any Database) async throws -> [Case] {
        let postcodeKey = ResidentDraft.looksLikePostcode(postcode) ? ResidentDraft.formatPostcode(postcode) : nil
        guard (latitude != nil && longitude != nil) || postcodeKey != nil else { return [] }
        let degrees = radius / 111_320
        let candidates = try await Case.query(on: db)
            .filter(\.$service.$id == service.requireID())
            .filter(\.$isOpen == true)
            .group(.or) { group in
                if let latitude, let longitude {
                    let across = degrees / max(cos(latitude * .pi / 180), 0.01)
                    group.group(.and) { box in
                        box.filter(\.$latitude >= latitude - degrees).filter(\.$latitude <= latitude + degrees)
                            .filter(\.$longitude >= longitude - across).filter(\.$longitude <= longitude + across)
                    }
                }
                if let postcodeKey { group.filter(\.$locationPostcode == postcodeKey) }
            }
            .with(\.$service)
            .sort(\.$receivedAt, .descending).limit(50).all()
        func distance(_ item: Case) -> Double? {
            guard let latitude, let longitude, let lat = item.latitude, let long = item.longitude else { return nil }
            return Geography.metres(from: (latitude, longitude), to: (lat, long))
        }
        return candidates
            .filter { item in item.locationPostcode == postcodeKey && postcodeKey != nil || (distance(item).map { $0 <= radius } ?? false) }
            .sorted { (distance($0) ?? radius) < (distance($1) ?? radius) }
            .prefix(10).map { $0 }
    }

    static func resident(withEmail email: String, in organisationID: UUID, on db: any Database) async throws -> Resident? {
        guard let key = ResidentKeys(name: "", email: email, phone: nil, postcode: nil).email else { return nil }
        let matches = try await Resident.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$mergedIntoID == nil)
            .filter(\.$emailKey == key).limit(2).all()
        return matches.count == 1 ? matches[0] : nil
    }

    /// What a request without a description is about: its answers, one to a line.
    static func summary(of answers: [FormAnswer], service: Service) -> String {
        let lines = answers.map { "\($0.question) \($0.answer)" }
        let text = lines.isEmpty ? "A request for \(service.name), made online" : lines.joined(separator: "\n")
        return String(text.prefix(5000))
    }
}

/// Distances on the Earth's surface, near enough for a few hundred metres.
enum Geography {
    static func metres(from a: (Double, Double), to b: (Double, Double)) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.0 - a.0) * radians, dLong = (b.1 - a.1) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.0 * radians) * cos(b.0 * radians) * sin(dLong / 2) * sin(dLong / 2)
        return 2 * 6_371_000 * asin(min(1, sqrt(h)))
    }
}
