import Fluent
import GuildhallCore
import Vapor

enum ContactsController {
    static func new(req: Request) async throws -> Response {
        let staff = try req.staff
        var model = try await model(req, resident: try? req.query.get(String.self, at: "resident"), service: try? req.query.get(String.self, at: "service"))
        model.residentQuery = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        if model.resident == nil, !model.residentQuery.isEmpty {
            model.residentMatches = try await ResidentSearch.page(ResidentQuery(model.residentQuery), in: staff.organisationID, requested: 1,
                                                                  perPage: 10, on: req.db).items
        }
        model.serviceQuery = ((try? req.query.get(String.self, at: "find")) ?? "").trimmingCharacters(in: .whitespaces)
        if model.service == nil, !model.serviceQuery.isEmpty {
            let matches = try await CatalogueSearch.page(CatalogueFilter(text: model.serviceQuery), in: staff.organisationID, on: CalendarDay(req.now),
                                                         requested: 1, perPage: 10, db: req.db).items
            // One match is the service: no need to choose it.
            if matches.count == 1 { return req.redirect(to: model.link(["service": matches[0].id!.uuidString])) }
            model.serviceMatches = matches.map { ContactPages.Match(id: $0.id!, name: $0.name, division: $0.division.name) }
        }
        return ContactPages.page(await req.page("Take a contact"), model).response()
    }

    struct Details: Content {
        var description: String?
        var locationAddress: String?
        var locationPostcode: String?
    }

    /// Records the contact and, when its outcome is a case, the case, both or neither.
    static func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let contact = try req.content.decode(ContactDraft.self)
        let details = try req.content.decode(Details.self)
        let caseDraft = CaseDraft(service: contact.service, interactionType: contact.interactionType, channel: contact.channel,
                                  description: details.description ?? "", residentID: contact.residentID,
                                  locationAddress: details.locationAddress ?? "", locationPostcode: details.locationPostcode ?? "", siteID: contact.siteID)
        return try await req.complete {
            let created: Case? = try await req.db.transaction { db in
                let item = contact.outcome == ContactOutcome.case.rawValue
                    ? try await CaseRegister.create(caseDraft, in: staff.organisation, by: staff.actor, at: req.now, on: db) : nil
                _ = try await ContactRegister.record(contact, case: item, in: staff.organisationID, by: staff.actor, at: req.now, on: db)
                return item
            }
            if let created {
                return FormDone(flash: "Case \(created.reference) created: give the resident this reference",
                                location: SiteURL.staff(.frontOffice(.case(.value(created.reference)))).path)
            }
            return FormDone(flash: "Contact recorded", location: SiteURL.staff(.frontOffice(.newContact)).path)
        } redraw: { errors in
            var model = try await model(req, resident: contact.residentID, service: contact.service)
            model.contact = contact
            model.details = caseDraft
            return ContactPages.page(await req.page("Take a contact", errors: errors), model).response(.unprocessableEntity)
        }
    }

    private static func model(_ req: Request, resident residentID: String?, service serviceID: String?) async throws -> ContactPages.Model {
        let staff = try req.staff
        var resident: Resident?
        if let id = residentID.flatMap(UUID.init(uuidString:)), let found = try await ResidentRegister.find(id, in: staff.organisationID, on: req.db),
           try await staff.frontOfficeAccess.sees(found, on: req.db) {
            resident = found
        }
        var service: ContactPages.ServiceEntry?
        if let id = serviceID.flatMap(UUID.init(uuidString:)),
           let found = try await Service.query(on: req.db).filter(\.$id == id).filter(\.$organisation.$id == staff.organisationID)
               .with(\.$division).with(\.$interactions).first() {
            service = ContactPages.ServiceEntry(found, on: CalendarDay(req.now))
        }
        let sites = try await SiteRegister.all(in: staff.organisationID, on: req.db).map { Choice(id: $0.id!, name: $0.name) }
        let site = staff.user.$site.id
        let draft = ContactDraft(channel: site == nil ? ContactChannel.telephone.rawValue : ContactChannel.faceToFace.rawValue, service: "", interactionType: "",
                                 outcome: ContactOutcome.resolved.rawValue, siteID: site?.uuidString ?? "")
        return ContactPages.Model(resident: resident, residentQuery: "", serviceQuery: "", service: service, sites: sites, contact: draft,
                                  details: CaseDraft(service: "", interactionType: "", channel: "", description: ""))
    }
}
