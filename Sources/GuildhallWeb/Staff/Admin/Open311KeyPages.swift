import Foundation
import GuildhallCore
import Plot

enum Open311KeyPages {
    struct Row: Equatable {
        var id: UUID
        var name: String
        var createdAt: Date
        var lastUsedAt: Date?
        var isRevoked: Bool
    }

    static func index(_ context: PageContext, organisation: String, rows: [Row]) -> HTML {
        Layout.page(context,
            UI.heading("Open311 keys", caption: organisation),
            .p(.class("body"), .plain("Applications such as FixMyStreet send residents’ requests through Open311. Each application has its own key, which it sends with every request it makes; its requests become cases that name it. A key is shown once, when it is issued; Guildhall keeps only a fingerprint of it.")),
            .a(.class("button"), .href(SiteURL.staff(.admin(.newOpen311Key)).path), .plain("Issue an Open311 key")),
            rows.isEmpty
                ? .p(.class("body"), .plain("No application has a key yet."))
                : UI.table(caption: "Open311 keys", head: ["Application", "Issued", "Last used", "Status", "Action"], rows: rows.map { row in
                    [
                        .plain(row.name), .plain(LondonTime.format(row.createdAt)), .plain(row.lastUsedAt.map(LondonTime.format) ?? "Never"),
                        row.isRevoked ? UI.tag("Revoked", .grey) : UI.tag("Active", .green),
                        row.isRevoked ? .plain("–") : .a(.attr("href", SiteURL.staff(.admin(.revokeOpen311Key(.value(row.id)))).path),
                                                          .plain("Revoke"), .span(.class("visually-hidden"), .plain(" the key for " + row.name))),
                    ]
                })
        )
    }

    static func form(_ context: PageContext, name: String) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.open311Keys)).path),
            UI.heading("Issue an Open311 key"),
            Fields.post(action: SiteURL.staff(.admin(.newOpen311Key)).path, csrf: context.csrfToken,
                Fields.text("name", label: "Application", hint: "The application that will use the key, like FixMyStreet; staff see it on the cases it sends",
                            value: name, errors: context.errors),
                Fields.button("Issue key")
            )
        )
    }

    static func created(_ context: PageContext, name: String, secret: APITokenSecret) -> HTML {
        Layout.page(context,
            UI.banner(.success, title: "Open311 key issued", .p(.class("body"), .plain("Copy it now: it will not be shown again."))),
            UI.heading(name),
            .p(.class("body"), .plain("The application sends it as the api_key field of every request it makes.")),
            .div(.class("form-group"),
                 .el("label", .class("label"), .attr("for", "key"), .plain("Key")),
                 .el("input", .class("input input--code"), .attr("id", "key"), .attr("type", "text"), .attr("readonly", "readonly"),
                     .attr("value", secret.value), .attr("spellcheck", "false"))),
            .p(.class("body"), .a(.href(SiteURL.staff(.admin(.open311Keys)).path), .plain("Back to Open311 keys")))
        )
    }

    static func confirmRevoke(_ context: PageContext, key: Choice) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.open311Keys)).path),
            UI.heading("Revoke the key for “\(key.name)”?"),
            .p(.class("body"), .plain("The application will not be able to send requests or updates from now on. This cannot be undone; you can issue a new key instead.")),
            Fields.post(action: SiteURL.staff(.admin(.revokeOpen311Key(.value(key.id)))).path, csrf: context.csrfToken,
                .div(.class("button-group"),
                     Fields.button("Revoke key", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.admin(.open311Keys)).path), .plain("Cancel"))))
        )
    }
}
