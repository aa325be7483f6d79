import GuildhallCore
import Plot

extension StaffIndex {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.heading("Staff", caption: model.organisation),
            .a(.class("button"), .href(SiteURL.staff(.admin(.newUser)).path), .plain("Add a member of staff")),
            UI.table(caption: "Staff accounts (\(model.paging.total))", head: ["Name", "Email", "Roles", "Division", "Status"], rows: model.rows.map { row in
                [
                    .a(.attr("href", SiteURL.staff(.admin(.user(.value(row.id)))).path), .plain(row.name)),
                    .plain(row.email),
                    .plain(row.roles.map(\.label).joined(separator: ", ")),
                    .plain(row.division ?? "–"),
                    tag(row.status),
                ]
            }),
            UI.pagination(model.paging) { SiteURL.staff(.admin(.users)).path(query: ["page": String($0)]) }
        )
    }

    private static func tag(_ status: Model.Status) -> Node<HTML.BodyContext> {
        switch status {
        case .closed: UI.tag("Closed", .grey)
        case .locked: UI.tag("Locked", .red)
        case .active: UI.tag("Active", .green)
        }
    }
}
