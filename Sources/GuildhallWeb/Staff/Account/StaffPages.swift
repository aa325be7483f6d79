import GuildhallCore
import Plot

enum StaffPages {
    /// A member of staff's home page: who they are, and the areas their roles reach.
    struct Home: Equatable {
        var name: String
        var organisation: String
        var roles: [Role]
        var division: String?
        var due: [Due] = []

        init(_ staff: StaffMember) {
            name = staff.user.name
            organisation = staff.organisation.name
            roles = staff.roles.sorted()
            division = staff.user.division?.name
        }
    }

    /// Open cases of a queue that are overdue or due within two working days.
    struct Due: Equatable {
        var queue: String
        var overdue: Int
        var soon: Int
        var query: [String: String?]

        static func == (lhs: Due, rhs: Due) -> Bool {
            lhs.queue == rhs.queue && lhs.overdue == rhs.overdue && lhs.soon == rhs.soon
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
            .if(!home.due.isEmpty, .group(
                .h2(.class("heading-m"), .plain("What is due")),
                UI.table(caption: "Open cases overdue or due within \(CaseQueue.soonDays) working days", head: ["Queue", "Overdue", "Due soon"], numeric: [1, 2],
                         rows: home.due.map { due in
                    func link(_ count: Int, _ kind: String) -> Node<HTML.BodyContext> {
                        var query = due.query
                        query["due"] = kind
                        return .a(.href(SiteURL.staff(.frontOffice(.queue)).path(query: query)), .plain(String(count)),
                                  .span(.class("visually-hidden"), .plain(" \(kind == "overdue" ? "overdue" : "due soon"): \(due.queue)")))
                    }
                    return [.plain(due.queue), link(due.overdue, "overdue"), link(due.soon, "soon")]
                }))),
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
