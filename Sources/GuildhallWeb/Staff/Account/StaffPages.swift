import GuildhallCore
import Plot

enum StaffPages {
    /// A member of staff's home page: who they are, and the areas their roles reach.
    struct Home: Equatable {
        var name: String
        var organisation: String
        var roles: [Role]
        var division: String?

        init(_ staff: StaffMember) {
            name = staff.user.name
            organisation = staff.organisation.name
            roles = staff.roles.sorted()
            division = staff.user.division?.name
        }
    }

    static func home(_ context: PageContext, _ home: Home) -> HTML {
        let areas = Navigation.items(for: Set(home.roles)).filter { $0.url != .staff(.home) }
        return Layout.page(context,
            UI.heading("Welcome, \(home.name)", caption: home.organisation),
            UI.summaryList([
                .init(key: "Organisation", value: .plain(home.organisation)),
                .init(key: home.roles.count == 1 ? "Role" : "Roles", value: .plain(home.roles.map(\.label).joined(separator: ", "))),
                .init(key: "Division", value: .plain(home.division ?? "None")),
                .init(key: "Password", value: .plain("Set by you or an administrator"), action: ("Change", SiteURL.staff(.accountPassword).path)),
            ]),
            .if(areas.isEmpty,
                .p(.class("body"), .plain("More of Guildhall will appear here as your council’s services, statement and requests are set up.")),
                else: .group(
                    .h2(.class("heading-m"), .plain("What you can do")),
                    .ul(.class("list"), .group(areas.map { .li(.a(.href($0.url.path), .plain($0.label))) }))
                ))
        )
    }

    static func password(_ context: PageContext) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.home).path),
            UI.heading("Change your password", caption: context.signedIn?.name),
            Fields.post(action: SiteURL.staff(.accountPassword).path, csrf: context.csrfToken,
                Fields.text("currentPassword", label: "Current password", errors: context.errors, type: "password", autocomplete: "current-password"),
                Fields.text("password", label: "New password", hint: "At least \(StaffRegister.minimumPasswordLength) characters",
                            errors: context.errors, type: "password", autocomplete: "new-password"),
                Fields.text("confirmation", label: "New password again", errors: context.errors, type: "password", autocomplete: "new-password"),
                Fields.button("Change password"))
        )
    }
}
