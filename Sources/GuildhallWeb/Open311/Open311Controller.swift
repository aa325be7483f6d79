import Fluent
import GuildhallCore
import Vapor

/// GeoReport v2 with mySociety's `servicerequestupdates`, as FixMyStreet and other clients use it.
/// Every write needs the organisation's Open311 key in `api_key`.
enum Open311Controller {
    static func discovery(req: Request) async throws -> Response {
        let scheme = req.headers.first(name: "X-Forwarded-Proto") == "https" ? "https" : "http"
        let base = "\(scheme)://\(req.headers.first(name: .host) ?? "localhost")" + SiteURL.open311(.root).path + "/"
        // The services change when a form does.
        let changed = try await OnlineForm.query(on: req.db).sort(\.$updatedAt, .descending).first()?.updatedAt ?? Date(timeIntervalSince1970: 0)
        let discovery = GeoReport.Discovery(
            changeset: Open311Time.string(changed), contact: "Contact the council's customer services",
            key_service: "Ask the council's administrator for an API key for your application",
            endpoints: Open311List("endpoint", [GeoReport.Discovery.Endpoint(
                specification: "http://wiki.open311.org/GeoReport_v2", url: base, changeset: Open311Time.string(changed),
                type: "production", formats: Open311List("format", ["text/xml", "application/json"]))]))
        return try Open311Format(req).response(discovery, root: "discovery")
    }

    static func services(req: Request) async throws -> Response {
        let organisation = try await jurisdiction(req, try RequestFields.read(req))
        let published = try await FormRegister.published(in: organisation.requireID(), on: CalendarDay(req.now), on: req.db)
        var divisions: [UUID: String] = [:]
        for division in try await DivisionRegister.all(in: organisation.requireID(), on: req.db) { divisions[division.id!] = division.name }
        let services = published.map { service, form in
            GeoReport.Service(service_code: service.slug, service_name: service.name, description: service.description,
                              metadata: !form.definition.questions.isEmpty, type: "realtime", keywords: service.lgsl.map { "LGSL \($0)" } ?? "",
                              group: divisions[service.$division.id] ?? organisation.name)
        }
        return try Open311Format(req).response(Open311List("service", services), root: "services")
    }

    static func service(req: Request) async throws -> Response {
        let organisation = try await jurisdiction(req, try RequestFields.read(req))
        let code = Open311Format.stripped(req.parameters.get(.serviceCode) ?? "")
        guard let (service, form) = try await FormRegister.published(code, in: organisation.requireID(), on: CalendarDay(req.now), on: req.db) else {
            throw Abort(.notFound, reason: "There is no service with the code \(code)")
        }
        let attributes = form.definition.questions.enumerated().map { index, question in
            GeoReport.Attribute(variable: true, code: question.code, datatype: question.datatype.rawValue, required: question.required,
                                datatype_description: question.hint, order: index + 1, description: question.question,
                                values: question.datatype.isList ? Open311List("value", question.values.map { .init(key: $0.key, name: $0.name) }) : nil)
        }
        return try Open311Format(req).response(GeoReport.ServiceDefinition(service_code: service.slug, attributes: Open311List("attribute", attributes)),
                                               root: "service_definition")
    }

    static func createRequest(req: Request) async throws -> Response {
        let fields = try RequestFields.read(req)
        let organisation = try await jurisdiction(req, fields)
        let key = try await requireKey(fields, for: organisation, req)
        let code = fields["service_code"]
        guard !code.isEmpty else { throw Open311Refusal(status: .badRequest, problems: ["service_code: say which service the request is for"]) }
        guard let (service, form) = try await FormRegister.published(code, in: organisation.requireID(), on: CalendarDay(req.now), on: req.db) else {
            throw Abort(.notFound, reason: "There is no service with the code \(code)")
        }
        let draft = RequestDraft(answers: fields.attributes, description: description(fields), address: fields["address_string"], latitude: fields["lat"],
                                 longitude: fields["long"], name: name(fields), email: fields["email"], phone: fields["phone"],
                                 wantsUpdates: !fields["email"].isEmpty || !fields["phone"].isEmpty)
        do {
            let item = try await RequestRegister.submit(draft, for: service, form: form, via: .open311(client: key.name), at: req.now, on: req.db)
            let notice = item.replyBy.map { "The council aims to reply by \($0.longDescription)." } ?? "The council has received the request."
            return try Open311Format(req).response(Open311List("request", [GeoReport.CreatedRequest(service_request_id: item.reference, service_notice: notice)]),
                                                   root: "service_requests", status: .created)
        } catch let errors as FieldErrors {
            throw Open311Refusal(status: .badRequest, problems: errors.problems.map { "\(fieldName($0.field, form.definition)): \($0.message)" })
        }
    }

    static func requests(req: Request) async throws -> Response {
        let fields = try RequestFields.read(req)
        let organisation = try await jurisdiction(req, fields)
        func list(_ name: String) -> [String] { fields[name].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        var filter = RequestFilter(references: list("service_request_id"), serviceSlugs: list("service_code"))
        filter.from = try time(fields, "start_date")
        filter.to = try time(fields, "end_date")
        if filter.from == nil, filter.to == nil, filter.references.isEmpty { filter.from = req.now.addingTimeInterval(-90 * 86_400) }
        let statuses = Set(list("status").map { $0.lowercased() })
        if !statuses.isSubset(of: ["open", "closed"]) { throw Abort(.badRequest, reason: "status: use open or closed") }
        if statuses.count == 1 { filter.isOpen = statuses.contains("open") }
        let found = try await RequestRegister.requests(filter, in: organisation.requireID(), on: req.db)
        return try Open311Format(req).response(Open311List("request", found.map { request($0.item, latest: $0.latest, in: organisation) }),
                                               root: "service_requests")
    }

    static func request(req: Request) async throws -> Response {
        let organisation = try await jurisdiction(req, try RequestFields.read(req))
        let reference = Open311Format.stripped(req.parameters.get(.open311Request) ?? "")
        guard let found = try await RequestRegister.requests(RequestFilter(references: [reference]), in: organisation.requireID(), on: req.db).first else {
            throw Abort(.notFound, reason: "There is no request \(reference)")
        }
        return try Open311Format(req).response(Open311List("request", [request(found.item, latest: found.latest, in: organisation)]),
                                               root: "service_requests")
    }

    static func token(req: Request) async throws -> Response {
        let organisation = try await jurisdiction(req, try RequestFields.read(req))
        let token = Open311Format.stripped(req.parameters.get(.open311Token) ?? "")
        guard let item = try await RequestRegister.find(token: token, in: organisation.requireID(), on: req.db) else {
            throw Abort(.notFound, reason: "There is no request with the token \(token)")
        }
        return try Open311Format(req).response(Open311List("request", [GeoReport.Token(service_request_id: item.reference, token: token)]),
                                               root: "service_requests")
    }

    static func updates(req: Request) async throws -> Response {
        let fields = try RequestFields.read(req)
        let organisation = try await jurisdiction(req, fields)
        let end = try time(fields, "end_date") ?? req.now
        let start = try time(fields, "start_date") ?? end.addingTimeInterval(-86_400)
        if start > end { throw Abort(.badRequest, reason: "start_date must not be after end_date") }
        let updates = try await RequestRegister.publicUpdates(in: organisation.requireID(), from: start, to: end, on: req.db)
        return try Open311Format(req).response(Open311List("request_update", updates.map(update)), root: "service_request_updates")
    }

    static func createUpdate(req: Request) async throws -> Response {
        let fields = try RequestFields.read(req)
        let organisation = try await jurisdiction(req, fields)
        let key = try await requireKey(fields, for: organisation, req)
        let reference = fields["service_request_id"]
        guard !reference.isEmpty else { throw Open311Refusal(status: .badRequest, problems: ["service_request_id: say which request the update is for"]) }
        guard let item = try await CaseRegister.find(reference: reference, in: organisation.requireID(), on: req.db), item.service.isPublic else {
            throw Abort(.notFound, reason: "There is no request \(reference)")
        }
        do {
            let step = try await RequestRegister.recordUpdate(on: item, status: fields["status"], description: description(fields), from: name(fields), via: key.name,
                                                             updateID: fields["update_id"], at: req.now, on: req.db)
            return try Open311Format(req).response(Open311List("request_update", [GeoReport.CreatedUpdate(update_id: try step.requireID().uuidString)]),
                                                   root: "service_request_updates", status: .created)
        } catch let errors as FieldErrors {
            throw Open311Refusal(status: .badRequest, problems: errors.problems.map { _ in "description: give the update's text or a new status" })
        }
    }

    // MARK: -

    /// The organisation named by `jurisdiction_id`, or the home council when it is left out.
    private static func jurisdiction(_ req: Request, _ fields: RequestFields) async throws -> Organisation {
        let slug = fields["jurisdiction_id"]
        if slug.isEmpty {
            guard let home = try await HomeCouncil.find(on: req.db) else {
                throw Abort(.badRequest, reason: "jurisdiction_id: say which council or partner, by its short name")
            }
            return home
        }
        guard let organisation = try await OrganisationRegister.find(slug: slug.lowercased(), on: req.db),
              organisation.tier.isCouncil || organisation.tier == .partner
        else { throw Abort(.notFound, reason: "jurisdiction_id: there is no council or partner \(slug)") }
        return organisation
    }

    private static func requireKey(_ fields: RequestFields, for organisation: Organisation, _ req: Request) async throws -> Open311Key {
        guard let key = try await Open311KeyRegister.authenticate(fields["api_key"], for: organisation.requireID(), at: req.now, on: req.db) else {
            throw Abort(.forbidden, reason: "api_key: give a valid API key for \(organisation.name); ask the council's administrator for one")
        }
        return key
    }

    private static func time(_ fields: RequestFields, _ name: String) throws -> Date? {
        let text = fields[name]
        guard !text.isEmpty else { return nil }
        guard let date = Open311Time.parse(text) else {
            throw Abort(.badRequest, reason: "\(name): give a W3C date-time like 2026-12-01T16:05:46Z")
        }
        return date
    }

    /// The resident's name from its two halves; FixMyStreet sends `-` for an empty one.
    private static func name(_ fields: RequestFields) -> String {
        [fields["first_name"], fields["last_name"]].filter { !$0.isEmpty && $0 != "-" }.joined(separator: " ")
    }

    /// The description, with the address of any photo the application keeps.
    private static func description(_ fields: RequestFields) -> String {
        let media = fields["media_url"]
        return [fields["description"], media.isEmpty ? "" : "Photo: \(media)"].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A problem's field as the client sent it.
    private static func fieldName(_ field: String, _ form: FormDefinition) -> String {
        if form.question(field) != nil { return "attribute[\(field)]" }
        return switch field {
        case "location": "lat, long or address_string"
        case "name": "first_name"
        case "postcode", "address": "address_string"
        default: field
        }
    }

    private static func request(_ item: Case, latest: PublicUpdate?, in organisation: Organisation) -> GeoReport.ServiceRequest {
        GeoReport.ServiceRequest(
            service_request_id: item.reference, status: item.status.open311, status_notes: latest?.text, service_name: item.service.name,
            service_code: item.service.slug, description: item.publishedDescription, agency_responsible: organisation.name, service_notice: nil,
            requested_datetime: Open311Time.string(item.receivedAt), updated_datetime: Open311Time.string(item.updatedAt),
            expected_datetime: item.resolveBy.map { Open311Time.string($0.adding(days: 1).start.addingTimeInterval(-1)) },
            address: item.locationAddress.isEmpty ? nil : item.locationAddress, zipcode: item.locationPostcode,
            lat: item.latitude, long: item.longitude)
    }

    private static func update(_ update: PublicUpdate) -> GeoReport.RequestUpdate {
        GeoReport.RequestUpdate(update_id: update.id.uuidString, service_request_id: update.reference, status: update.status.open311Update,
                                updated_datetime: Open311Time.string(update.at), description: update.text ?? update.status.label)
    }
}
