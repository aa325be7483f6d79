import Foundation
import GuildhallCore
import Plot

enum CataloguePages {
    struct Filters {
        var q = ""
        var division = ""
        var type = ""
        var status = ""

        var query: [String: String?] { ["q": q, "division": division, "type": type, "status": status] }
    }

    static func index(
        _ context: PageContext, services: [Service], paging: Paging, filters: Filters, divisions: [Division],
        today: CalendarDay, canAdd: Bool, canImport: Bool
    ) -> HTML {
        Layout.page(context,
            UI.heading("Service catalogue", caption: context.staff?.organisation.name),
            .p(.class("body"), .plain("Every service the council provides and each of its interactions with the public, marked as e-enabled or not. Statuses are as at \(today.longDescription).")),
            .div(.class("button-group"),
                .if(canAdd, .a(.class("button"), .href(SiteURL.staff(.catalogue(.newService)).path), .plain("Add a service"))),
                .if(canImport, .a(.class("button button--secondary"), .href(SiteURL.staff(.catalogue(.upload)).path), .plain("Import a catalogue file"))),
                .a(.class("link"), .href(SiteURL.staff(.catalogue(.export)).path), .plain("Download the catalogue as CSV"))),
            Fields.get(action: SiteURL.staff(.catalogue(.index)).path,
                .div(.class("filters"),
                    Fields.text("q", label: "Name or LGSL identifier", value: filters.q, errors: context.errors, type: "search", width: "20"),
                    Fields.select("division", label: "Division", options: [.init(value: "", label: "All divisions")] + divisions.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                  selected: filters.division, errors: context.errors),
                    Fields.select("type", label: "Interaction type", options: [.init(value: "", label: "All types")] + InteractionType.allCases.map { .init(value: String($0.code), label: "\($0.code). \($0.label)") },
                                  selected: filters.type, errors: context.errors),
                    Fields.select("status", label: "Status", options: [.init(value: "", label: "Any status")] + CatalogueFilter.Status.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                  selected: filters.status, errors: context.errors)),
                .div(.class("button-group"),
                     Fields.button("Apply filters", secondary: true),
                     .a(.class("link"), .href(SiteURL.staff(.catalogue(.index)).path), .plain("Clear filters")))),
            services.isEmpty
                ? .p(.class("body"), .plain("No services match these filters."))
                : UI.table(caption: "Services (\(Format.count(paging.total)))", head: ["Service", "LGSL", "Division", "E-enabled"], numeric: [3], rows: services.map { service in
                    let applicable = service.interactions.filter(\.applicable)
                    let enabled = applicable.filter { $0.isEEnabled(on: today) }
                    return [
                        .a(.attr("href", SiteURL.staff(.catalogue(.service(.value(service.id!)))).path), .plain(service.name)),
                        .plain(service.lgsl.map(String.init) ?? "–"),
                        .plain(service.division.name),
                        .plain(applicable.isEmpty ? "None applicable" : "\(enabled.count) of \(applicable.count)"),
                    ]
                }),
            UI.pagination(paging) { page in
                var query = filters.query
                query["page"] = String(page)
                return SiteURL.staff(.catalogue(.index)).path(query: query)
            }
        )
    }

    static func service(_ context: PageContext, service: Service, lgsl: LGSLService?, today: CalendarDay, canEdit: Bool) -> HTML {
        let id = service.id!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.index)).path, "Back to the catalogue"),
            UI.heading(service.name, caption: service.division.name),
            UI.summaryList([
                .init(key: "LGSL", value: lgsl.map { .plain("\($0.id!) – \($0.description)" + ($0.tier.isEmpty ? "" : " (provided by: \($0.tier))")) }
                      ?? .plain(service.lgsl.map { "\($0) (not in the loaded service list)" } ?? "Not matched"),
                      action: canEdit ? ("Change", SiteURL.staff(.catalogue(.editService(.value(id)))).path) : nil),
                .init(key: "Division", value: .plain(service.division.name)),
                .init(key: "Shown to the public", value: .plain(service.isPublic ? "Yes" : "No")),
                .init(key: "Description", value: .plain(service.description.isEmpty ? "None" : service.description)),
            ]),
            UI.table(caption: "Interactions, as at \(today.longDescription)",
                     head: ["Interaction type", "Status", "Channels", "E-enabled on", "Target", "Standard", "Owner", "Action"],
                     rows: InteractionType.allCases.map { type in
                let interaction = service.interactions.first { $0.type == type }
                let action: Node<HTML.BodyContext> = canEdit
                    ? .a(.attr("href", SiteURL.staff(.catalogue(.interaction(.value(id), .value(type.code)))).path), .plain(interaction == nil ? "Add" : "Change"),
                         .span(.class("visually-hidden"), .plain(" " + type.label.lowercased())))
                    : .plain("–")
                guard let interaction else {
                    return [.plain("\(type.code). \(type.label)"), UI.tag("Not recorded", .grey), .plain("–"), .plain("–"), .plain("–"), .plain("–"), .plain("–"), action]
                }
                return [
                    .plain("\(type.code). \(type.label)"),
                    statusTag(interaction.status(on: today)),
                    .plain(interaction.channels.isEmpty ? "None" : Channel.allCases.filter(interaction.channels.contains).map(\.label).joined(separator: ", ")),
                    .plain(interaction.eEnabledOn?.longDescription ?? "–"),
                    .plain(interaction.targetOn?.longDescription ?? "–"),
                    .plain(interaction.standardDays.map { "\($0) working day\($0 == 1 ? "" : "s")" } ?? "–"),
                    .plain(interaction.owner.isEmpty ? "–" : interaction.owner),
                    action,
                ]
            }),
            .if(service.interactions.contains { $0.evidenceURL != nil },
                .group(
                    .h2(.class("heading-m"), .plain("Where residents can use it")),
                    .ul(.class("list list--bullet"), .group(service.interactions.sorted { $0.type < $1.type }.compactMap { interaction in
                        interaction.evidenceURL.map { url in .li(.plain("\(interaction.type.label): "), .a(.attr("href", url), .plain(url))) }
                    }))))
        )
    }

    static func statusTag(_ status: InteractionStatus) -> Node<HTML.BodyContext> {
        switch status {
        case .eEnabled: UI.tag(status.label, .green)
        case .planned: UI.tag(status.label, .blue)
        case .overdue: UI.tag(status.label, .red)
        case .notApplicable: UI.tag(status.label, .grey)
        case .noTarget: UI.tag(status.label, .yellow)
        }
    }

    struct ServiceEntry {
        var name = ""
        var lgsl = ""
        var division = ""
        var description = ""
        var isPublic = true
    }

    static func serviceForm(
        _ context: PageContext, entry: ServiceEntry, divisions: [Division], suggestions: [LGSLService],
        action: String, heading: String, button: String, back: String
    ) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading(heading),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("name", label: "Name", hint: "The council’s name for the service, like Garden waste collection", value: entry.name, errors: context.errors),
                .if(!suggestions.isEmpty,
                    Fields.choices("lgslChoice", legend: "Matching entries in the Local Government Service List", hint: "Choose one to fill in the LGSL identifier",
                                   options: suggestions.map { .init(value: String($0.id!), label: "\($0.id!) – \($0.description)", hint: $0.tier.isEmpty ? nil : "Provided by: \($0.tier)") },
                                   selected: [entry.lgsl], errors: context.errors, multiple: false)),
                Fields.text("lgsl", label: "LGSL identifier (optional)", hint: "The national identifier for the service, used to compare councils. Leave empty to use a match chosen above.",
                            value: entry.lgsl, errors: context.errors, width: "10"),
                .div(.class("button-group"), .el("button", .attr("type", "submit"), .attr("name", "intent"), .attr("value", "suggest"),
                                                 .class("button button--secondary"), .plain("Find LGSL matches for the name"))),
                Fields.select("division", label: "Division", hint: "The division that owns the service",
                              options: [.init(value: "", label: "Select a division")] + divisions.map { .init(value: $0.id!.uuidString, label: $0.name) },
                              selected: entry.division, errors: context.errors),
                Fields.textarea("description", label: "Description (optional)", value: entry.description, errors: context.errors),
                Fields.choices("public", legend: "Show this service on the public site?", options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                               selected: [entry.isPublic ? "yes" : "no"], errors: context.errors, multiple: false),
                .el("button", .attr("type", "submit"), .attr("name", "intent"), .attr("value", "save"), .class("button"), .plain(button))
            )
        )
    }

    struct InteractionEntry {
        var applicable = true
        var channels: Set<String> = []
        var eEnabledOn = ""
        var targetOn = ""
        var evidenceURL = ""
        var standardDays = ""
        var owner = ""
        var notes = ""
    }

    static func interactionForm(_ context: PageContext, service: Service, type: InteractionType, entry: InteractionEntry) -> HTML {
        let id = service.id!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.service(.value(id)))).path, "Back to \(service.name)"),
            UI.heading(type.label, caption: service.name),
            Fields.post(action: SiteURL.staff(.catalogue(.interaction(.value(id), .value(type.code)))).path, csrf: context.csrfToken,
                Fields.choices("applicable", legend: "Does the council provide this interaction, and may it lawfully be delivered electronically?",
                               options: [.init(value: "yes", label: "Yes", hint: "It counts towards BVPI 157"), .init(value: "no", label: "No", hint: "It is left out of BVPI 157")],
                               selected: [entry.applicable ? "yes" : "no"], errors: context.errors, multiple: false),
                Fields.choices("channels", legend: "Channels", hint: "Web, email, telephone with records, kiosk, digital TV and text message are electronic",
                               options: Channel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: entry.channels, errors: context.errors, multiple: true),
                Fields.text("eEnabledOn", label: "E-enabled on (optional)", hint: "The date from which residents could use it electronically, like 2003-11-01",
                            value: entry.eEnabledOn, errors: context.errors, width: "10"),
                Fields.text("targetOn", label: "Target date (optional)", hint: "The date by which it is planned to be e-enabled, like 2004-03-31",
                            value: entry.targetOn, errors: context.errors, width: "10"),
                Fields.text("evidenceURL", label: "Where residents can use it (optional)", hint: "A web address, like https://www.example.gov.uk/report-a-missed-bin",
                            value: entry.evidenceURL, errors: context.errors, type: "url", spellcheck: false),
                Fields.text("standardDays", label: "Customer service standard (optional)", hint: "Working days to resolve a request",
                            value: entry.standardDays, errors: context.errors, width: "10"),
                Fields.text("owner", label: "Owner (optional)", hint: "The officer responsible for e-enabling it", value: entry.owner, errors: context.errors),
                Fields.textarea("notes", label: "Notes (optional)", value: entry.notes, errors: context.errors),
                Fields.button("Save")
            )
        )
    }
}
