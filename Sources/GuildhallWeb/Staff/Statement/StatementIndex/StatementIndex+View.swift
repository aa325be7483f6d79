import Foundation
import GuildhallCore
import Plot

extension StatementIndex {
    static func view(_ context: PageContext, _ model: Model, entry: StatementsController.CreationForm) -> HTML {
        Layout.page(context,
            UI.heading("Statements", caption: model.organisation),
            .p(.class("body"), .plain("Each year the council states its progress on central government’s pro forma, which it may not change. Sections are drafted by divisions and partners, consulted on with "),
               .a(.attr("href", SiteURL.staff(.statements(.committees)).path), .plain("committees")), .plain(", approved by Cabinet and full Council, and submitted.")),
            model.statements.isEmpty
                ? .p(.class("body"), .plain("There is no statement yet."))
                : UI.table(caption: "Statements", head: ["Year", "Pro forma", "Version", "Status", "Deadline"], numeric: [2], rows: model.statements.map { row in
                    [.a(.attr("href", SiteURL.staff(.statements(.statement(.value(row.id)))).path), .plain(String(row.year))),
                     .plain(row.proForma), .plain(String(row.version)),
                     row.isClosed ? UI.tag("Closed", .grey) : UI.tag("Draft"),
                     .plain(row.deadline?.longDescription ?? "Not set")]
                }),
            .if(!model.assigned.isEmpty, .group(
                .h2(.class("heading-m"), .plain("Sections assigned to \(model.organisation)")),
                .ul(.class("list"), .group(model.assigned.map { section in
                    .li(.a(.attr("href", SiteURL.staff(.statements(.section(.value(section.statementID), .value(section.key)))).path),
                           .plain("\(section.title), \(section.organisation)’s \(section.year) statement")))
                })))),
            .if(model.canCreate, .group(
                .h2(.class("heading-m"), .plain("Start a statement")),
                Fields.post(action: SiteURL.staff(.statements(.index)).path, csrf: context.csrfToken,
                    Fields.text("year", label: "Year", hint: "The year of the round, for example 2003", value: entry.year ?? "", errors: context.errors, width: "4"),
                    Fields.select("proForma", label: "Pro forma", options: ProForma.all.map { .init(value: $0.key, label: $0.title) },
                                  selected: entry.proForma, errors: context.errors),
                    Fields.text("deadline", label: "Submission deadline (optional)", hint: "For example, 2003-11-28", value: entry.deadline ?? "",
                                errors: context.errors, width: "10"),
                    Fields.button("Start statement"))))
        )
    }
}
