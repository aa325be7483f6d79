import Foundation
import GuildhallCore
import Plot

extension CommitteeIndex {
    static func view(_ context: PageContext, _ model: Model, entry: CommitteesController.Form) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.index)).path, "Back to statements"),
            UI.heading("Committees", caption: model.organisation),
            .p(.class("body"), .plain("Drafts of the statement are shared with the consultative bodies for their meetings. The decision chain approves the statement, in order; the final statement can be submitted once the last body has approved it.")),
            .h2(.class("heading-m"), .plain("Consultative bodies")),
            UI.table(caption: "Consultative bodies", head: ["Name", "Short name"], rows: model.consultative.map { body in
                [.plain(body.name), .el("code", .plain(body.slug))]
            }),
            .h2(.class("heading-m"), .plain("Decision chain")),
            .ol(.class("list list--number"), .group(model.chain.map { body in .li(.plain(body.name), .plain(" ("), .el("code", .plain(body.slug)), .plain(")")) })),
            .if(model.canAdd, .group(
                .h2(.class("heading-m"), .plain("Add a consultative body")),
                Fields.post(action: SiteURL.staff(.statements(.committees)).path, csrf: context.csrfToken,
                    Fields.text("name", label: "Name", hint: "For example, Overview and scrutiny committee. Its short name, for the API, is made from it.",
                                value: entry.name ?? "", errors: context.errors),
                    Fields.button("Add body"))))
        )
    }
}
