import GuildhallCore
import Foundation
import Plot

enum UserPages {
    static func form(
        _ context: PageContext, entry: StaffDraft, divisions: [Choice], sites: [Choice], action: String, heading: String, button: String,
        askPassword: Bool, passwordLink: String? = nil
    ) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.users)).path),
            UI.heading(heading),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("name", label: "Full name", value: entry.name, errors: context.errors, autocomplete: "off"),
                Fields.text("email", label: "Email address", hint: "They sign in with this address", value: entry.email, errors: context.errors, type: "email", autocomplete: "off", spellcheck: false),
                Fields.select("division", label: "Division (optional)", options: [.init(value: "", label: "No division")] + divisions.map { .init(value: $0.id.uuidString, label: $0.name) },
                              selected: entry.divisionID?.uuidString, errors: context.errors),
                .if(!sites.isEmpty, Fields.select("site", label: "INFO centre (optional)", hint: "Where a member of the front office sees visitors",
                                                  options: [.init(value: "", label: "None")] + sites.map { .init(value: $0.id.uuidString, label: $0.name) },
                                                  selected: entry.siteID?.uuidString ?? "", errors: context.errors)),
                Fields.choices("roles", legend: "Roles", hint: "Select all that apply", options: Role.allCases.map { .init(value: $0.rawValue, label: $0.label, hint: $0.hint) },
                               selected: Set(entry.roles), errors: context.errors, multiple: true),
                .if(askPassword,
                    Fields.text("password", label: "Password", hint: "At least \(StaffRegister.minimumPasswordLength) characters. Give it to them privately.", errors: context.errors, type: "password", autocomplete: "new-password"),
                    else: Fields.choices("active", legend: "Account status", options: [
                        .init(value: "yes", label: "Open", hint: "They can sign in"),
                        .init(value: "no", label: "Closed", hint: "They cannot sign in; their history is kept"),
                    ], selected: [entry.isActive ? "yes" : "no"], errors: context.errors, multiple: false)),
                Fields.button(button)
            ),
            .unwrap(passwordLink) { .p(.class("body"), .a(.attr("href", $0), .plain("Set a new password for \(entry.name)"))) }
        )
    }

    static func password(_ context: PageContext, user: Choice) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.user(.value(user.id)))).path),
            UI.heading("Set a new password", caption: user.name),
            .p(.class("body"), .plain("Setting a new password also unlocks the account if too many wrong passwords have locked it.")),
            Fields.post(action: SiteURL.staff(.admin(.userPassword(.value(user.id)))).path, csrf: context.csrfToken,
                Fields.text("password", label: "New password", hint: "At least \(StaffRegister.minimumPasswordLength) characters", errors: context.errors, type: "password", autocomplete: "new-password"),
                Fields.button("Set password")
            )
        )
    }
}
