import Foundation
import GuildhallCore
import Plot

enum CataloguePages {
    /// An entry of the Local Government Service List, as a suggestion for a service.
    struct LGSLEntry: Equatable {
        var code: Int
        var description: String
        var tier: String

        init(_ service: LGSLService) throws {
            code = try service.requireID()
            description = service.description
            tier = service.tier
        }
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

    static func serviceForm(
        _ context: PageContext, entry: ServiceDraft, divisions: [Choice], suggestions: [LGSLEntry],
        action: String, heading: String, button: String, back: String
    ) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading(heading),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("name", label: "Name", hint: "The council’s name for the service, like Garden waste collection", value: entry.name, errors: context.errors),
                .if(!suggestions.isEmpty,
                    Fields.choices("lgslChoice", legend: "Matching entries in the Local Government Service List", hint: "Choose one to fill in the LGSL identifier",
                                   options: suggestions.map { .init(value: String($0.code), label: "\($0.code) – \($0.description)", hint: $0.tier.isEmpty ? nil : "Provided by: \($0.tier)") },
                                   selected: [entry.lgsl], errors: context.errors, multiple: false)),
                Fields.text("lgsl", label: "LGSL identifier (optional)", hint: "The national identifier for the service, used to compare councils. Leave empty to use a match chosen above.",
                            value: entry.lgsl, errors: context.errors, width: "10"),
                .div(.class("button-group"), .el("button", .attr("type", "submit"), .attr("name", "intent"), .attr("value", "suggest"),
                                                 .class("button button--secondary"), .plain("Find LGSL matches for the name"))),
                Fields.select("division", label: "Division", hint: "The division that owns the service",
                              options: [.init(value: "", label: "Select a division")] + divisions.map { .init(value: $0.id.uuidString, label: $0.name) },
                              selected: entry.divisionID?.uuidString, errors: context.errors),
                Fields.textarea("description", label: "Description (optional)", value: entry.description, errors: context.errors),
                Fields.choices("public", legend: "Show this service on the public site?", options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                               selected: [entry.isPublic ? "yes" : "no"], errors: context.errors, multiple: false),
                .el("button", .attr("type", "submit"), .attr("name", "intent"), .attr("value", "save"), .class("button"), .plain(button))
            )
        )
    }

    static func interactionForm(_ context: PageContext, service: Choice, type: InteractionType, entry: InteractionDraft) -> HTML {
        let id = service.id
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.service(.value(id)))).path, "Back to \(service.name)"),
            UI.heading(type.label, caption: service.name),
            Fields.post(action: SiteURL.staff(.catalogue(.interaction(.value(id), .value(type.code)))).path, csrf: context.csrfToken,
                Fields.choices("applicable", legend: "Does the council provide this interaction, and may it lawfully be delivered electronically?",
                               options: [.init(value: "yes", label: "Yes", hint: "It counts towards BVPI 157"), .init(value: "no", label: "No", hint: "It is left out of BVPI 157")],
                               selected: [entry.applicable ? "yes" : "no"], errors: context.errors, multiple: false),
                Fields.choices("channels", legend: "Channels", hint: "Web, email, telephone with records, kiosk, digital TV and text message are electronic",
                               options: Channel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: Set(entry.channels), errors: context.errors, multiple: true),
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
