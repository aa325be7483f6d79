import Foundation
import GuildhallCore
import Plot

/// Taking a contact at the speed of a phone call: find the caller, find the service, record
/// what happened. Each step is a plain form, so it works without JavaScript.
enum ContactPages {
    /// A service as the agent sees it while on the call: what the catalogue says of each of its
    /// applicable interactions.
    struct ServiceEntry: Equatable {
        struct Offer: Equatable {
            var type: InteractionType
            var standardDays: Int?
            var isOnline: Bool
            var evidenceURL: String?
        }

        var id: UUID
        var name: String
        var description: String
        var division: String
        var offers: [Offer]

        /// `service` with its division and interactions loaded.
        init(_ service: Service, on day: CalendarDay) {
            id = service.id!
            name = service.name
            description = service.description
            division = service.division.name
            offers = service.interactions.filter(\.applicable).sorted { $0.type < $1.type }.map {
                Offer(type: $0.type, standardDays: $0.standardDays, isOnline: $0.isEEnabled(on: day), evidenceURL: $0.evidenceURL)
            }
        }
    }

    struct Match: Equatable {
        var id: UUID
        var name: String
        var division: String
    }

    struct Model {
        var resident: Resident?
        var residentQuery: String
        var residentMatches: [Resident]?
        var serviceQuery: String
        var serviceMatches: [Match]?
        var service: ServiceEntry?
        var sites: [Choice]
        var contact: ContactDraft
        var details: CaseDraft

        /// The page's address with the choices made so far, and `changes` on top.
        func link(_ changes: [String: String?] = [:]) -> String {
            var query: [String: String?] = ["resident": resident?.id?.uuidString, "service": service?.id.uuidString]
            query.merge(changes) { $1 }
            return SiteURL.staff(.frontOffice(.newContact)).path(query: query)
        }
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.heading("Take a contact"),
            .h2(.class("heading-m"), .plain("1. Who is it?")),
            caller(context, model),
            .h2(.class("heading-m"), .plain("2. What is it about?")),
            service(context, model),
            .unwrap(model.service) { service in
                .group(.h2(.class("heading-m"), .plain("3. What happened?")), record(context, model, service: service))
            }
        )
    }

    private static func caller(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        if let resident = model.resident {
            return .div(.class("summary-card"),
                UI.summaryList([
                    .init(key: "Caller", value: .a(.href(SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path), .plain(resident.name))),
                    .init(key: "Postcode", value: .plain(resident.postcode ?? "–")),
                    .init(key: "Phone", value: .plain(resident.phone ?? "–")),
                    .init(key: "Needs", value: .plain(resident.needs.map(\.label).joined(separator: ", ").nilIfEmpty ?? "None recorded")),
                ]),
                .p(.class("body"), .a(.href(model.link(["resident": nil])), .plain("Change the caller"))))
        }
        return .group(
            ResidentPages.searchForm(model.residentQuery, action: SiteURL.staff(.frontOffice(.newContact)).path,
                                     hidden: model.service.map { ["service": $0.id.uuidString] } ?? [:]),
            .unwrap(model.residentMatches) { matches in
                matches.isEmpty
                    ? .p(.class("body"), .plain("No resident matches “\(model.residentQuery)”."))
                    : ResidentPages.list(matches, caption: "Residents matching “\(model.residentQuery)”") { model.link(["resident": $0.id!.uuidString]) }
            },
            .p(.class("body"),
               .a(.href(SiteURL.staff(.frontOffice(.newResident)).path(query: ["returnTo": "contact", "name": model.residentQuery])), .plain("Add a new resident")),
               .plain(", or carry on for a caller who does not give their name."))
        )
    }

    private static func service(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        if let service = model.service {
            return .div(.class("summary-card"),
                .h3(.class("heading-s"), .plain(service.name), .span(.class("caption-m"), .plain(" – " + service.division))),
                .if(!service.description.isEmpty, .p(.class("body"), .plain(service.description))),
                UI.table(caption: "What the catalogue says", head: ["Interaction", "Standard", "Online"], rows: service.offers.map { offer in
                    [
                        .plain("\(offer.type.code): \(offer.type.label)"),
                        .plain(offer.standardDays.map { "Resolved within \($0) working day\($0 == 1 ? "" : "s")" } ?? "No standard"),
                        offer.isOnline
                            ? .group(.plain("Yes"), .unwrap(offer.evidenceURL) { url in
                                .group(.plain(": "), .a(.href(url), .plain("do it online"), .span(.class("visually-hidden"), .plain(" (\(offer.type.label))"))))
                            })
                            : .plain("Not yet"),
                    ]
                }),
                .if(service.offers.contains { $0.isOnline && $0.evidenceURL != nil },
                    .div(.class("inset-text"), .p(.class("body"), .strong(.plain("Channel shift: ")), .plain("tell the resident they can do this online next time.")))),
                .p(.class("body"), .a(.href(model.link(["service": nil])), .plain("Change the service"))))
        }
        return .group(
            Fields.get(action: SiteURL.staff(.frontOffice(.newContact)).path,
                .unwrap(model.resident) { .input(.type(.hidden), .name("resident"), .value($0.id!.uuidString)) },
                .div(.class("search"),
                    Fields.text("find", label: "Find the service", hint: "Its name, or its LGSL number", value: model.serviceQuery, errors: FieldErrors(), type: "search", spellcheck: false),
                    Fields.button("Find service", secondary: true))),
            .unwrap(model.serviceMatches) { matches in
                matches.isEmpty
                    ? .p(.class("body"), .plain("No service matches “\(model.serviceQuery)”."))
                    : UI.table(caption: "Services matching “\(model.serviceQuery)”", head: ["Service", "Division"], rows: matches.map { service in
                        [.a(.href(model.link(["service": service.id.uuidString])), .plain(service.name)), .plain(service.division)]
                    })
            }
        )
    }

    private static func record(_ context: PageContext, _ model: Model, service: ServiceEntry) -> Node<HTML.BodyContext> {
        let contact = model.contact
        return Fields.post(action: SiteURL.staff(.frontOffice(.newContact)).path, csrf: context.csrfToken,
            .input(.type(.hidden), .name("service"), .value(service.id.uuidString)),
            .unwrap(model.resident) { .input(.type(.hidden), .name("resident"), .value($0.id!.uuidString)) },
            Fields.choices("interactionType", legend: "Interaction", options: service.offers.map { .init(value: String($0.type.code), label: $0.type.label) },
                           selected: [contact.interactionType.nilIfEmpty ?? service.offers.first.map { String($0.type.code) } ?? ""], errors: context.errors, multiple: false),
            Fields.choices("channel", legend: "Channel", options: ContactChannel.allCases.filter { $0 != .open311 }.map { .init(value: $0.rawValue, label: $0.label) },
                           selected: [contact.channel], errors: context.errors, multiple: false),
            .if(!model.sites.isEmpty, Fields.select("site", label: "INFO centre (for face to face)",
                                                    options: [.init(value: "", label: "Not at an INFO centre")] + model.sites.map { .init(value: $0.id.uuidString, label: $0.name) },
                                                    selected: contact.siteID, errors: context.errors)),
            Fields.choices("outcome", legend: "Outcome", options: ContactOutcome.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                           selected: [contact.outcome], errors: context.errors, multiple: false),
            Fields.textarea("notes", label: "Notes (optional)", value: contact.notes, errors: context.errors, rows: 2),
            .el("fieldset", .class("fieldset"),
                .el("legend", .class("fieldset__legend fieldset__legend--s"), .plain("For a case")),
                Fields.textarea("description", label: "What the resident is asking for", hint: "Needed when the outcome is “Case created”",
                                value: model.details.description, errors: context.errors, rows: 3),
                Fields.text("locationAddress", label: "Where (optional)", hint: "The address or place, if the request is about one",
                            value: model.details.locationAddress, errors: context.errors),
                Fields.text("locationPostcode", label: "Postcode of the place (optional)", value: model.details.locationPostcode, errors: context.errors, width: "10")),
            Fields.button("Record contact"))
    }
}
