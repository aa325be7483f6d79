import GuildhallCore
import Plot

/// What every page needs to know about the request it answers.
struct PageContext {
    var title: String
    var signedIn: SignedIn?
    var siteName: String
    var csrfToken: String
    var currentPath: String
    var assets: Assets
    var flash: String? = nil
    var errors = FieldErrors()
}

/// Who is signed in, as the header and pages show them.
struct SignedIn {
    var name: String
    var organisation: String
    var roles: Set<Role>
}

/// The one page layout: skip link, header with the organisation's name, navigation by role,
/// error summary, notification banner, main content and footer.
enum Layout {
    static func page(_ context: PageContext, _ content: Node<HTML.BodyContext>...) -> HTML {
        let title = (context.errors.isEmpty ? "" : "Error: ") + context.title + " – " + context.siteName + " – Guildhall"
        return HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(HTMLEscaping.escape(title))]),
                .link(.rel(.stylesheet), .href(context.assets.path("guildhall.css"))),
                .link(.rel(.stylesheet), .href(context.assets.path("print.css")), .attribute(named: "media", value: "print")),
                .script(.src(context.assets.path("guildhall.js")), .attribute(named: "defer"))
            ),
            .body(
                .a(.href("#main-content"), .class("skip-link"), .plain("Skip to main content")),
                header(context),
                .div(.class("width-container"),
                     .main(.class("main-wrapper"), .id("main-content"), .attr("tabindex", "-1"),
                           .unwrap(context.flash) { UI.banner(.success, title: $0, .empty) },
                           UI.errorSummary(context.errors),
                           .group(content))),
                footer
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(.class("header"),
            .div(.class("width-container header__inner"),
                .a(.class("header__logo"), .href(SiteURL.hub(.home).path), .plain("Guildhall")),
                .span(.class("header__organisation"), .plain(context.signedIn?.organisation ?? context.siteName)),
                .unwrap(context.signedIn, { staff in
                    .div(.class("header__account"),
                        .span(.class("header__user"), .plain("Signed in as \(staff.name)")),
                        Fields.post(action: SiteURL.staff(.signOut).path, csrf: context.csrfToken, Fields.button("Sign out", secondary: true)))
                }, else: .a(.class("header__link"), .href(SiteURL.staff(.signIn).path), .plain("Staff sign in")))
            ),
            .unwrap(context.signedIn, { staff in navigation("Staff", Navigation.items(for: staff.roles), context) },
                    else: navigation("Site", Navigation.hub, context))
        )
    }

    private static func navigation(_ label: String, _ items: [Navigation.Item], _ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(.class("navigation"), .attr("aria-label", label),
            .ul(.class("width-container navigation__list"), .group(items.map { item in
                let current = item.isCurrent(context.currentPath)
                return .li(.classes("navigation__item", current ? "navigation__item--active" : ""),
                           .a(.href(item.url.path), .if(current, .attr("aria-current", "page")), .plain(item.label)))
            })))
    }

    private static var footer: Node<HTML.BodyContext> { .footer(.class("footer"),
        .div(.class("width-container"),
            .h2(.class("visually-hidden"), .plain("Support links")),
            .ul(.class("footer__links"),
                .li(.a(.href(SiteURL.hub(.accessibility).path), .plain("Accessibility statement"))),
                .li(.a(.href(SiteURL.hub(.privacy).path), .plain("Privacy notice"))),
                .li(.a(.href(SiteURL.hub(.home).path), .plain("Home")))),
            .p(.class("footer__licence"), .plain("Contains public sector information licensed under the Open Government Licence v3.0.")),
            .p(.class("footer__meta"), .plain("Guildhall is open-source software for councils’ electronic service delivery.")))) }
}

/// The staff navigation: each role sees only what it may use.
enum Navigation {
    struct Item {
        var label: String
        var url: SiteURL
        var permission: Permission?

        func isCurrent(_ path: String) -> Bool {
            url == .staff(.home) || url == .hub(.home) ? path == url.path : path == url.path || path.hasPrefix(url.path + "/")
        }
    }

    static let all: [Item] = [
        Item(label: "Home", url: .staff(.home), permission: nil),
        Item(label: "Take a contact", url: .staff(.frontOffice(.newContact)), permission: .takeContacts),
        Item(label: "Residents", url: .staff(.frontOffice(.residents)), permission: .readResidents),
        Item(label: "Work queue", url: .staff(.frontOffice(.queue)), permission: .readResidents),
        Item(label: "INFO centres", url: .staff(.frontOffice(.sites)), permission: .readFrontOffice),
        Item(label: "Catalogue", url: .staff(.catalogue(.index)), permission: .readCatalogue),
        Item(label: "Performance", url: .staff(.performance(.dashboard)), permission: .readPerformance),
        Item(label: "Service standards", url: .staff(.frontOffice(.compliance)), permission: .readFrontOffice),
        Item(label: "Statement", url: .staff(.statements(.index)), permission: .readStatement),
        Item(label: "National view", url: .staff(.statements(.national)), permission: .reviewSubmissions),
        Item(label: "Organisations", url: .staff(.admin(.organisations)), permission: .administerOrganisation),
        Item(label: "Divisions", url: .staff(.admin(.divisions)), permission: .administerOrganisation),
        Item(label: "Staff", url: .staff(.admin(.users)), permission: .administerOrganisation),
        Item(label: "API tokens", url: .staff(.admin(.tokens)), permission: .administerOrganisation),
        Item(label: "Open311 keys", url: .staff(.admin(.open311Keys)), permission: .administerOrganisation),
        Item(label: "Notify", url: .staff(.admin(.notify)), permission: .administerOrganisation),
        Item(label: "Outbox", url: .staff(.admin(.outbox)), permission: .administerOrganisation),
        Item(label: "Closure days", url: .staff(.admin(.customerStandards)), permission: .manageStandards),
        Item(label: "Audit trail", url: .staff(.admin(.audit)), permission: .readAuditTrail),
    ]

    /// The public site's navigation, for everyone who is not signed in.
    static let hub: [Item] = [
        Item(label: "Home", url: .hub(.home), permission: nil),
        Item(label: "Services A to Z", url: .hub(.services), permission: nil),
        Item(label: "Partners", url: .hub(.partners), permission: nil),
        Item(label: "Follow a request", url: .hub(.requests), permission: nil),
    ]

    static func items(for roles: Set<Role>) -> [Item] {
        all.filter { item in item.permission.map { roles.allow($0) } ?? true }
    }
}
