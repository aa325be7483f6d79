import GuildhallCore
import Plot

enum TokenPages {
    static func form(_ context: PageContext, name: String, userID: String, users: [Choice]) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.tokens)).path),
            UI.heading("Create an API token"),
            Fields.post(action: SiteURL.staff(.admin(.newToken)).path, csrf: context.csrfToken,
                Fields.text("name", label: "Name", hint: "What the token is for, like Open311 bridge", value: name, errors: context.errors),
                Fields.select("user", label: "Acts as", hint: "The token can do what this person can do", options: users.map { .init(value: $0.id.uuidString, label: $0.name) },
                              selected: userID, errors: context.errors),
                Fields.button("Create token")
            )
        )
    }

    static func created(_ context: PageContext, name: String, secret: APITokenSecret) -> HTML {
        Layout.page(context,
            UI.banner(.success, title: "API token created", .p(.class("body"), .plain("Copy it now: it will not be shown again."))),
            UI.heading(name),
            .p(.class("body"), .plain("Send it with every request as the header Authorization: Bearer followed by the token.")),
            .div(.class("form-group"),
                 .el("label", .class("label"), .attr("for", "token"), .plain("Token")),
                 .el("input", .class("input input--code"), .attr("id", "token"), .attr("type", "text"), .attr("readonly", "readonly"),
                     .attr("value", secret.value), .attr("spellcheck", "false"))),
            .p(.class("body"), .a(.href(SiteURL.staff(.admin(.tokens)).path), .plain("Back to API tokens")))
        )
    }

    static func confirmRevoke(_ context: PageContext, token: Choice) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.tokens)).path),
            UI.heading("Revoke the token “\(token.name)”?"),
            .p(.class("body"), .plain("Programs using it will stop working at once. This cannot be undone; you can create a new token instead.")),
            Fields.post(action: SiteURL.staff(.admin(.revokeToken(.value(token.id)))).path, csrf: context.csrfToken,
                .div(.class("button-group"),
                     Fields.button("Revoke token", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.admin(.tokens)).path), .plain("Cancel"))))
        )
    }
}
