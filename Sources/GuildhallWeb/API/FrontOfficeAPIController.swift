import Fluent
import GuildhallCore
import Vapor

/// The front office through the API: residents, contacts and cases, and the standards they are
/// measured against. Bodies are read field by field, so that a field of the wrong type is named
/// among the problems rather than refusing the whole body.
enum FrontOfficeAPIController {
    static func services(req: Request) async throws -> Response {
        let staff = try require(req, .readFrontOffice, ownOrganisation: true)
        struct Entry: Encodable { var interactionType: Int; var applicable: Bool; var standardDays: Int? }
        struct Item: Encodable { var slug: String; var name: String; var division: String; var interactions: [Entry] }
        struct Catalogue: Encodable { var services: [Item] }
        let services = try await Service.query(on: req.db).filter(\.$organisation.$id == staff.organisationID)
            .with(\.$division).with(\.$interactions).sort(\.$name).all()
        return try Responses.json(Catalogue(services: services.map { service in
            Item(slug: service.slug, name: service.name, division: service.division.name, interactions: service.interactions.sorted { $0.type < $1.type }.map {
                Entry(interactionType: $0.type.code, applicable: $0.applicable, standardDays: $0.standardDays)
            })
        }))
    }

    static func createCustomer(req: Request) async throws -> Response {
        let staff = try require(req, .takeContacts, ownOrganisation: true)
        let body = try JSONBody(req)
        let draft = ResidentDraft(kind: body["kind"].nilIfEmpty ?? Resident.Kind.person.rawValue, name: body["name"], email: body["email"],
                                  phone: body["phone"], addressLines: body.list("address", "lines"), postcode: body["address", "postcode"],
                                  uprn: body["address", "uprn"], preferredChannel: body["preferredChannel"], notes: body["notes"])
        do {
            let duplicates = try await ResidentRegister.possibleDuplicates(of: draft.keys, in: staff.organisationID, on: req.db)
            let resident = try await ResidentRegister.create(draft, in: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            struct Match: Encodable { var id: UUID; var rules: [String] }
            struct Created: Encodable { var id: UUID; var possibleDuplicates: [Match] }
            return try Responses.json(Created(id: try resident.requireID(), possibleDuplicates: duplicates.map {
                Match(id: $0.resident.id!, rules: $0.rules.map(\.rawValue))
            }), status: .created)
        } catch let errors as FieldErrors {
            return refused("The resident was not added", errors)
        }
    }

    static func searchCustomers(req: Request) async throws -> Response {
        let staff = try require(req, .readResidents, ownOrganisation: true)
        let query = ResidentQuery((try? req.query.get(String.self, at: "q")) ?? "")
        guard query.kind != .nothing else { throw Abort(.badRequest, reason: "q must name a resident: a name, email, phone number, postcode or case reference") }
        let found = try await ResidentSearch.page(query, in: staff.organisationID, requested: try? req.query.get(Int.self, at: "page"),
                                                  perPage: 25, on: req.db)
        var visible: [FrontOfficeRecords.Customer] = []
        for resident in found.items where try await staff.frontOfficeAccess.sees(resident, on: req.db) {
            visible.append(FrontOfficeRecords.Customer(resident))
        }
        struct Page: Encodable { var customers: [FrontOfficeRecords.Customer]; var page: Int; var pages: Int; var total: Int; var more: Bool }
        return try Responses.json(Page(customers: visible, page: found.paging.page, pages: found.paging.pageCount, total: found.paging.total,
                                       more: found.isCapped))
    }

    static func customer(req: Request) async throws -> Response {
        _ = try require(req, .readResidents)
        let resident = try await FrontOfficeLookup.resident(req, via: "api")
        return try Responses.json(FrontOfficeRecords.Customer(resident, contacts: try await FrontOfficeLookup.contacts(of: resident, req),
                                                              cases: try await FrontOfficeLookup.cases(of: resident, req)))
    }

    static func createContact(req: Request) async throws -> Response {
        let staff = try require(req, .takeContacts, ownOrganisation: true)
        let body = try JSONBody(req)
        let draft = ContactDraft(channel: body["channel"], service: body["service"], interactionType: body["interactionType"],
                                 residentID: body["customer"], outcome: body["outcome"], notes: body["notes"], siteID: body["site"], client: body["client"])
        var linked: Case?
        if !body["case"].isEmpty {
            linked = try await CaseRegister.find(reference: body["case"], in: staff.organisationID, on: req.db)
            if linked == nil { return refused("The contact was not recorded", FieldErrors(field: "case", "There is no case \(body["case"])")) }
        }
        do {
            let contact = try await ContactRegister.record(draft, case: linked, in: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            try await contact.$service.load(on: req.db)
            contact.$case.value = .some(linked)
            return try Responses.json(FrontOfficeRecords.ContactRecord(contact), status: .created)
        } catch let errors as FieldErrors {
            return refused("The contact was not recorded", errors)
        }
    }

    static func createCase(req: Request) async throws -> Response {
        let staff = try require(req, .takeContacts, ownOrganisation: true)
        let body = try JSONBody(req)
        let draft = CaseDraft(service: body["service"], interactionType: body["interactionType"], channel: body["channel"],
                              description: body["description"], residentID: body["customer"], receivedAt: body["receivedAt"],
                              locationAddress: body["location", "address"], locationPostcode: body["location", "postcode"],
                              latitude: body["location", "lat"], longitude: body["location", "long"], siteID: body["site"],
                              client: body["client"], priority: body["priority"])
        do {
            let created = try await CaseRegister.create(draft, in: staff.organisation, by: staff.actor, at: req.now, on: req.db)
            guard let item = try await CaseRegister.find(created.requireID(), in: staff.organisationID, on: req.db) else { throw Abort(.notFound) }
            return try await record(item, req, status: .created)
        } catch let errors as FieldErrors {
            return refused("The case was not created", errors)
        }
    }

    static func `case`(req: Request) async throws -> Response {
        _ = try require(req, .readResidents)
        return try await record(try await FrontOfficeLookup.case(req), req, status: .ok)
    }

    static func updateCase(req: Request) async throws -> Response {
        let staff = try require(req, .takeContacts)
        let item = try await FrontOfficeLookup.case(req)
        let body = try JSONBody(req)
        let update = CaseUpdate(status: body["status"], publicNote: body["public"], internalNote: body["internal"],
                                division: body["assignTo", "division"], officer: body["assignTo", "officer"],
                                duplicateOf: body["duplicateOf"], priority: body["priority"])
        do {
            try await CaseRegister.update(item, with: update, by: staff.actor, at: req.now, on: req.db)
            guard let updated = try await CaseRegister.find(item.requireID(), in: staff.organisationID, on: req.db) else { throw Abort(.notFound) }
            return try await record(updated, req, status: .created)
        } catch let errors as FieldErrors {
            return refused("Case \(item.reference) was not updated", errors)
        }
    }

    static func standards(req: Request) async throws -> Response {
        let staff = try require(req, .readFrontOffice, ownOrganisation: true)
        let period = try ReportPeriod(req)
        let report = try await ComplianceReport.make(in: staff.organisationID, from: period.from, to: period.to, on: req.db)
        let compliance = report.compliance
        struct Body: Encodable {
            var from: CalendarDay, to: CalendarDay, overall: Tally
            var byStandard: [String: Tally], byDivision: [String: Tally], byService: [String: Tally], byMonth: [String: Tally]
        }
        return try Responses.json(Body(
            from: period.from, to: period.to, overall: compliance.overall,
            byStandard: Dictionary(uniqueKeysWithValues: compliance.byStandard.map { ($0.key.rawValue, $0.value) }),
            byDivision: Dictionary(uniqueKeysWithValues: compliance.byDivision.map { (report.divisions[$0.key]?.slug ?? $0.key, $0.value) }),
            byService: Dictionary(uniqueKeysWithValues: compliance.byService.map { (report.services[$0.key]?.slug ?? $0.key, $0.value) }),
            byMonth: compliance.byMonth))
    }

    static func takeUp(req: Request) async throws -> Response {
        let staff = try require(req, .readFrontOffice, ownOrganisation: true)
        let period = try ReportPeriod(req)
        let takeUp = try await TakeUp.make(in: staff.organisationID, from: period.from, to: period.to, on: req.db)
        func byChannel(_ counts: [ContactChannel: TakeUp.Counts]) -> [String: TakeUp.Counts] {
            Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        }
        struct Body: Encodable {
            var from: CalendarDay, to: CalendarDay, total: TakeUp.Counts
            var byChannel: [String: TakeUp.Counts], byService: [String: TakeUp.Counts], byMonth: [String: [String: TakeUp.Counts]]
        }
        return try Responses.json(Body(
            from: period.from, to: period.to, total: takeUp.total, byChannel: byChannel(takeUp.byChannel),
            byService: Dictionary(uniqueKeysWithValues: takeUp.byService.map { (takeUp.services[$0.key]?.slug ?? $0.key.uuidString, $0.value) }),
            byMonth: takeUp.byMonth.mapValues(byChannel)))
    }

    // MARK: -

    private static func require(_ req: Request, _ permission: Permission, ownOrganisation: Bool = false) throws -> StaffMember {
        let staff = try req.staff
        guard staff.may(permission) else { throw Abort(.forbidden, reason: "This token's user has no access to the front office's \(permission == .readFrontOffice ? "figures" : "residents and cases").") }
        if ownOrganisation, req.parameters.get(.organisation) != staff.organisation.slug {
            throw Abort(.notFound, reason: "No organisation with that short name is visible to this token.")
        }
        return staff
    }

    private static func record(_ item: Case, _ req: Request, status: HTTPStatus) async throws -> Response {
        var duplicateOf: String?
        if let id = item.duplicateOfID { duplicateOf = try await CaseRegister.find(id, in: item.$organisation.id, on: req.db)?.reference }
        let history = try await CaseRegister.history(of: item, on: req.db)
        return try Responses.json(FrontOfficeRecords.CaseRecord(item, duplicateOf: duplicateOf, history: history, today: CalendarDay(req.now)), status: status)
    }

    /// The API's names for the fields the domain names.
    private static let apiNames = [
        "resident": "customer", "publicNote": "public", "internalNote": "internal", "division": "assignTo.division",
        "officer": "assignTo.officer", "locationPostcode": "location.postcode", "lat": "location.lat", "long": "location.long",
        "address": "address.lines", "postcode": "address.postcode", "uprn": "address.uprn",
    ]

    private static func refused(_ reason: String, _ errors: FieldErrors) -> Response {
        APIError.refused(.unprocessableEntity, reason, errors.problems.map { "\(apiNames[$0.field] ?? $0.field): \($0.message)" })
    }
}

/// A JSON request body read field by field: text for any scalar, empty for anything absent.
struct JSONBody {
    let value: JSONValue

    init(_ req: Request) throws {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else { value = .object([:]); return }
        guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView)), case .object = parsed else {
            throw Abort(.badRequest, reason: "The body must be a JSON object")
        }
        value = parsed
    }

    subscript(_ path: String...) -> String {
        Self.text(path.reduce(Optional(value)) { $0?.field($1) })
    }

    func list(_ path: String...) -> [String] {
        path.reduce(Optional(value)) { $0?.field($1) }?.items.map { Self.text($0) } ?? []
    }

    private static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): String(flag)
        default: ""
        }
    }
}
