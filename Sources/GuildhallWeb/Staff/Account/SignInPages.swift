import GuildhallCore
import Plot

enum SignInPages {
    struct Entry {
        var email = ""
        var next: String?
    }

    static func signIn(_ context: PageContext, form: Entry, csrf: String, notice: String? = nil) -> HTML {
        Layout.page(context,
            .unwrap(notice) { UI.banner(.information, title: $0, .empty) },
            UI.heading("Sign in to Guildhall"),
            .p(.class("body"), .plain("Use the email address and password your council gave you.")),
            Fields.post(action: SiteURL.staff(.signIn).path, csrf: csrf,
                .unwrap(form.next) { .el("input", .attr("type", "hidden"), .attr("name", "next"), .attr("value", $0)) },
                Fields.text("email", label: "Email address", value: form.email, errors: context.errors,
                                       type: "email", autocomplete: "username", spellcheck: false),
                Fields.text("password", label: "Password", errors: context.errors,
                                       type: "password", autocomplete: "current-password"),
                Fields.button("Sign in")
            )
        )
    }
}
