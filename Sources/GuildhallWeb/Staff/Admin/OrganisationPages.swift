import GuildhallCore
import Foundation
import Plot

enum OrganisationPages {
    struct Row: Equatable {
        var id: UUID
        var name: String
        var kind: String
        var slug: String
        var gssCode: String?

        init(_ organisation: Organisation) throws {
            id = try organisation.requireID()
            name = organisation.name
            kind = organisation.tier.label
            slug = organisation.slug
            gssCode = organisation.gssCode
        }
    }

    /// The Hub's home council, and whether the signed-in administrator's council may become it.
    struct Home: Equatable {
        var name: String?
        var ownCanBecomeIt: Bool
    }

    static func index(_ context: PageContext, organisations: [Row], ownID: UUID, home: Home) -> HTML {
        Layout.page(context,
            UI.heading("Organisations"),
            .p(.class("body"), .plain("Councils, partners of the local strategic partnership and the central department that receives statements. You can change your own organisation’s details.")),
            .a(.class("button"), .href(SiteURL.staff(.admin(.newOrganisation)).path), .plain("Add an organisation")),
            .h2(.class("heading-m"), .plain("The Hub’s home council")),
            .p(.class("body"), .plain(home.name.map { "The public site carries the name of \($0), and Open311 requests that name no jurisdiction go to it." }
                ?? "No home council is chosen, so the public site carries no council’s name.")),
            .if(home.ownCanBecomeIt, Fields.post(action: SiteURL.staff(.admin(.homeCouncil)).path, csrf: context.csrfToken,
                Fields.button("Make your council the home council", secondary: true))),
            UI.table(caption: "All organisations", head: ["Name", "Kind", "Short name", "GSS code"], rows: organisations.map { organisation in
                [
                    organisation.id == ownID
                        ? .a(.attr("href", SiteURL.staff(.admin(.organisation(.value(organisation.slug)))).path), .plain(organisation.name))
                        : .plain(organisation.name),
                    .plain(organisation.kind), .plain(organisation.slug), .plain(organisation.gssCode ?? "–"),
                ]
            })
        )
    }

    static func form(_ context: PageContext, entry: OrganisationDraft, action: String, heading: String, button: String) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.organisations)).path),
            UI.heading(heading),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("name", label: "Name", hint: "As it appears on letters, like Wyvern Vale District Council", value: entry.name, errors: context.errors, autocomplete: "organization"),
                Fields.text("slug", label: "Short name", hint: "Used in web addresses and on the command line: lower-case letters, numbers and hyphens", value: entry.slug, errors: context.errors, width: "20", spellcheck: false),
                Fields.choices("tier", legend: "Kind of organisation", options: Tier.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: [entry.tier], errors: context.errors, multiple: false),
                Fields.text("gssCode", label: "GSS code (optional)", hint: "The Government Statistical Service code, like E07000011", value: entry.gssCode, errors: context.errors, width: "10", spellcheck: false),
                Fields.text("phone", label: "Phone number for residents (optional)", hint: "Shown on the public site with every service you provide", value: entry.phone,
                            errors: context.errors, autocomplete: "tel", width: "20"),
                Fields.text("website", label: "Web site (optional)", hint: "Shown in the public site’s list of partners, like https://www.wyvernvale.example", value: entry.website,
                            errors: context.errors, autocomplete: "url", spellcheck: false),
                Fields.button(button)
            )
        )
    }
}
