import GuildhallCore
import Plot

extension HubServiceIndex {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        let searching = !model.query.isEmpty || !model.organisation.isEmpty
        return Layout.page(context,
            UI.heading("Services A to Z"),
            Fields.get(action: SiteURL.hub(.services).path,
                Fields.text("q", label: "Search for a service", hint: "For example, missed bin or council tax", value: model.query, errors: context.errors, type: "search"),
                Fields.select("organisation", label: "Provided by", options: [.init(value: "", label: "The council and all its partners")]
                    + model.providers.map { .init(value: $0.slug, label: $0.name) }, selected: model.organisation, errors: context.errors),
                Fields.button("Search", secondary: true)),
            .p(.class("body"), .attr("role", "status"),
               .plain(searching ? "\(Format.count(model.count)) \(model.count == 1 ? "service matches" : "services match") your search." : "\(Format.count(model.count)) services.")),
            .if(model.letters.count > 1, .nav(.attr("aria-label", "Services by first letter"),
                .ul(.class("letters"), .group(model.letters.map { .li(.a(.href("#letter-\($0.letter)"), .plain($0.letter))) })))),
            .group(model.letters.map { group in
                .section(.attr("aria-labelledby", "letter-\(group.letter)"),
                    .h2(.class("heading-m"), .id("letter-\(group.letter)"), .plain(group.letter)),
                    .ul(.class("list service-list"), .group(group.rows.map { row in
                        .li(.class("service-list__item"),
                            .a(.class("link service-list__name"), .href(SiteURL.hub(.service(.value(row.slug))).path), .plain(row.name)),
                            .if(row.isOnline, UI.tag("Online", .green)),
                            .p(.class("hint"), .plain(row.organisation + (row.summary.isEmpty ? "" : ": " + row.summary))))
                    })))
            }),
            .if(model.count == 0, .p(.class("body"), .plain("No service matches. Try other words, or call customer services.")))
        )
    }
}
