import GuildhallCore
import Plot

extension HubServiceShow {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.hub(.services).path, "Services A to Z"),
            UI.heading(model.name, caption: model.organisation),
            .if(!model.description.isEmpty, .p(.class("body-l"), .plain(model.description))),
            .if(model.hasForm, .a(.class("button button--start"), .href(SiteURL.hub(.startRequest(.value(model.slug))).path), .attr("role", "button"),
                                  .plain("Start now"))),
            .h2(.class("heading-m"), .plain("What you can do online")),
            model.ways.isEmpty
                ? .p(.class("body"), .plain("Nothing about this service can be done online yet."))
                : UI.table(caption: "What you can do online", head: ["What", "Online"], rows: model.ways.map { way in
                    [
                        .plain(way.type),
                        way.startsForm ? .a(.href(SiteURL.hub(.startRequest(.value(model.slug))).path), .plain("Yes: start now"),
                                            .span(.class("visually-hidden"), .plain(" (\(way.type.lowercased()))")))
                            : way.isOnline ? way.link.map { .a(.href($0), .plain("Yes: on the web site"), .span(.class("visually-hidden"), .plain(" (\(way.type.lowercased()))"))) } ?? .plain("Yes")
                            : .plain(way.targetOn.map { "Not yet: planned by \($0.longDescription)" } ?? "Not yet"),
                    ]
                }),
            .h2(.class("heading-m"), .plain("Other ways to get it done")),
            .unwrap(model.phone) { .p(.class("body"), .plain("Call \(model.organisation) on "), HubPages.phoneLink($0), .plain(".")) },
            .if(model.centres.isEmpty, .p(.class("body"), .plain(model.phone == nil ? "Contact \(model.organisation)." : "")),
                else: .group(
                    .p(.class("body"), .plain("Or visit an INFO centre, where staff can help you with any council service:")),
                    HubPages.centres(model.centres)))
        )
    }
}
