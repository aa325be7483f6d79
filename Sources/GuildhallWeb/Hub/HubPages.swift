import GuildhallCore
import Plot

/// The Hub's pages that are not about one service: the home page, the partners and the privacy notice.
enum HubPages {
    struct Task: Equatable {
        var slug: String
        var name: String
    }

    struct Centre: Equatable {
        var name: String
        var address: String
        var openingHours: String
    }

    struct Home: Equatable {
        var council: String?
        var phone: String?
        var tasks: [Task]
        var centres: [Centre]
    }

    static func home(_ context: PageContext, _ model: Home) -> HTML {
        Layout.page(context,
            UI.heading(model.council.map { "\($0) online" } ?? "Guildhall"),
            .p(.class("body-l"), .plain("Find services from the council and its partners, make requests online and follow them to the end.")),
            Fields.get(action: SiteURL.hub(.services).path,
                Fields.text("q", label: "Find a service", hint: "For example, missed bin, library or council tax", value: "", errors: context.errors, type: "search"),
                Fields.button("Search", secondary: true)),
            .p(.class("body"), .a(.href(SiteURL.hub(.services).path), .plain("Browse all services A to Z"))),
            .if(!model.tasks.isEmpty, .group(
                .h2(.class("heading-m"), .plain("Do it online")),
                .ul(.class("list task-list"), .group(model.tasks.map { task in
                    .li(.a(.class("link"), .href(SiteURL.hub(.service(.value(task.slug))).path), .plain(task.name)))
                })))),
            .h2(.class("heading-m"), .plain("Follow a request")),
            .p(.class("body"), .plain("If you have made a request, "), .a(.href(SiteURL.hub(.requests).path), .plain("follow it with its reference")), .plain(".")),
            .if(!model.centres.isEmpty, .group(
                .h2(.class("heading-m"), .plain("Visit an INFO centre")),
                .p(.class("body"), .plain("Staff at an INFO centre can help you with any council service, and with our partners’ services too.")),
                centres(model.centres))),
            .unwrap(model.phone) { .p(.class("body"), .plain("Or call us on "), phoneLink($0), .plain(".")) },
            .h2(.class("heading-m"), .plain("Our partners")),
            .p(.class("body"), .plain("The council works with other organisations in a local strategic partnership. "),
               .a(.href(SiteURL.hub(.partners).path), .plain("See the partners and their services")), .plain(".")),
            .h2(.class("heading-m"), .plain("Council staff")),
            .p(.class("body"), .a(.href(SiteURL.staff(.signIn).path), .plain("Sign in to Guildhall")), .plain(" to manage services, requests and the annual statement."))
        )
    }

    struct Partner: Equatable {
        var name: String
        var kind: String
        var phone: String?
        var website: String?
        var services: [Task]
    }

    static func partners(_ context: PageContext, council: String?, partners: [Partner]) -> HTML {
        Layout.page(context,
            UI.heading("Partners"),
            .p(.class("body"), .plain("\(council ?? "The council") works with these organisations to provide services in the area. You can use their services here too.")),
            partners.isEmpty ? .p(.class("body"), .plain("There are no partners yet.")) : .group(partners.map { partner in
                .section(.class("partner"),
                    .h2(.class("heading-m"), .plain(partner.name)),
                    .p(.class("hint"), .plain(partner.kind)),
                    .unwrap(partner.website) { .p(.class("body"), .a(.href($0), .plain("Visit the web site of \(partner.name)"))) },
                    .unwrap(partner.phone) { .p(.class("body"), .plain("Phone: "), phoneLink($0)) },
                    .if(!partner.services.isEmpty, .ul(.class("list"), .group(partner.services.map { service in
                        .li(.a(.href(SiteURL.hub(.service(.value(service.slug))).path), .plain(service.name)))
                    }))))
            })
        )
    }

    /// INFO centres with their addresses and opening hours.
    static func centres(_ centres: [Centre]) -> Node<HTML.BodyContext> {
        .ul(.class("list"), .group(centres.map { centre in
            .li(.h3(.class("heading-s"), .plain(centre.name)), .p(.class("body"), .plain(centre.address)), .p(.class("hint"), .plain("Open " + centre.openingHours)))
        }))
    }

    /// A phone number that a phone can call.
    static func phoneLink(_ phone: String) -> Node<HTML.BodyContext> {
        .a(.href("tel:" + phone.filter { $0.isNumber || $0 == "+" }), .plain(phone))
    }

    static func privacy(_ context: PageContext, council: String?) -> HTML {
        let controller = council ?? "the council"
        return Layout.page(context,
            UI.heading("Privacy notice"),
            .p(.class("body"), .plain("This notice explains what \(controller) and its partners keep about you when you use these pages or contact us, why, for how long, and your rights.")),
            .h2(.class("heading-m"), .plain("What we keep")),
            .ul(.class("list list--bullet"),
                .li(.plain("What you ask for: the service, your answers to its questions and where the problem is.")),
                .li(.plain("How to reach you, if you give it: your name, email address and phone number, and whether you want updates.")),
                .li(.plain("What we do about it: each change to your request, and what we tell you.")),
                .li(.plain("The internet address your request came from, for a short time, to stop automated abuse."))),
            .h2(.class("heading-m"), .plain("Why we keep it")),
            .p(.class("body"), .plain("To deal with your request and tell you how it is going, which is part of the council’s public task. We also count requests, without your details, to report how well we meet our service standards.")),
            .h2(.class("heading-m"), .plain("Who sees it")),
            .p(.class("body"), .plain("Only the staff who deal with your request, and customer services when you contact them. The page where you follow a request shows its status and our public updates, never your name, your contact details or your answers. We do not sell your information or use it for marketing.")),
            .h2(.class("heading-m"), .plain("How long we keep it")),
            .p(.class("body"), .plain("We keep a request for six years after it is closed, as councils keep their records, and then delete it. Internet addresses are deleted within a day.")),
            .h2(.class("heading-m"), .plain("Your rights")),
            .p(.class("body"), .plain("You can ask to see what we keep about you, to have it corrected, or to have it deleted when we no longer need it. You can object to how we use it. Ask customer services, quoting any reference you have.")),
            .p(.class("body"), .plain("If you are unhappy with how we have used your information, you can complain to the Information Commissioner’s Office (ICO)."))
        )
    }
}
