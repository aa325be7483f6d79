import Foundation
import GuildhallCore
import Plot

enum DivisionPages {
    struct Row: Equatable {
        var id: UUID
        var name: String
        var slug: String

        init(_ division: Division) throws {
            id = try division.requireID()
            name = division.name
            slug = division.slug
        }
    }

    static func index(_ context: PageContext, divisions: [Row]) -> HTML {
        Layout.page(context,
            UI.heading("Divisions", caption: context.signedIn?.organisation),
            .p(.class("body"), .plain("The departments that own services and handle back-office work.")),
            .a(.class("button"), .href(SiteURL.staff(.admin(.newDivision)).path), .plain("Add a division")),
            divisions.isEmpty
                ? .p(.class("body"), .plain("There are no divisions yet."))
                : UI.table(caption: "Divisions", head: ["Name", "Short name"], rows: divisions.map { division in
                    [.a(.attr("href", SiteURL.staff(.admin(.division(.value(division.id)))).path), .plain(division.name)), .plain(division.slug)]
                })
        )
    }

    static func form(_ context: PageContext, name: String, action: String, heading: String, button: String) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.divisions)).path),
            UI.heading(heading),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("name", label: "Name", hint: "For example, Environmental Services", value: name, errors: context.errors),
                Fields.button(button)
            )
        )
    }
}
