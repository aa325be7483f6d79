import GuildhallCore
import Plot

extension TokenIndex {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.heading("API tokens", caption: model.organisation),
            .p(.class("body"), .plain("Programs use a token to act as a member of staff through the API. Each token is shown once, when it is created; Guildhall keeps only a fingerprint of it.")),
            .a(.class("button"), .href(SiteURL.staff(.admin(.newToken)).path), .plain("Create an API token")),
            model.rows.isEmpty
                ? .p(.class("body"), .plain("There are no API tokens yet."))
                : UI.table(caption: "API tokens", head: ["Name", "Acts as", "Created", "Last used", "Status", "Action"], rows: model.rows.map { row in
                    [
                        .plain(row.name), .plain(row.actsAs),
                        .plain(row.createdAt.map(LondonTime.format) ?? "–"),
                        .plain(row.lastUsedAt.map(LondonTime.format) ?? "Never"),
                        row.isRevoked ? UI.tag("Revoked", .grey) : UI.tag("Active", .green),
                        row.isRevoked ? .plain("–") : .a(.attr("href", SiteURL.staff(.admin(.revokeToken(.value(row.id)))).path),
                                                          .plain("Revoke"), .span(.class("visually-hidden"), .plain(" " + row.name))),
                    ]
                })
        )
    }
}
