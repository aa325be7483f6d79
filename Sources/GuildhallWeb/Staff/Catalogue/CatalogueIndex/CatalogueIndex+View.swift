import GuildhallCore
import Plot

extension CatalogueIndex {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        let filters = model.filters
        return Layout.page(context,
            UI.heading("Service catalogue", caption: model.organisation),
            .p(.class("body"), .plain("Every service the council provides and each of its interactions with the public, marked as e-enabled or not. Statuses are as at \(model.today.longDescription).")),
            .div(.class("button-group"),
                .if(model.canAdd, .a(.class("button"), .href(SiteURL.staff(.catalogue(.newService)).path), .plain("Add a service"))),
                .if(model.canImport, .a(.class("button button--secondary"), .href(SiteURL.staff(.catalogue(.upload)).path), .plain("Import a catalogue file"))),
                .a(.class("link"), .href(SiteURL.staff(.catalogue(.export)).path), .plain("Download the catalogue as CSV"))),
            Fields.get(action: SiteURL.staff(.catalogue(.index)).path,
                .div(.class("filters"),
                    Fields.text("q", label: "Name or LGSL identifier", value: filters.q, errors: context.errors, type: "search", width: "20"),
                    Fields.select("division", label: "Division", options: [.init(value: "", label: "All divisions")] + model.divisions.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: filters.division, errors: context.errors),
                    Fields.select("type", label: "Interaction type", options: [.init(value: "", label: "All types")] + InteractionType.allCases.map { .init(value: String($0.code), label: "\($0.code). \($0.label)") },
                                  selected: filters.type, errors: context.errors),
                    Fields.select("status", label: "Status", options: [.init(value: "", label: "Any status")] + CatalogueFilter.Status.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                  selected: filters.status, errors: context.errors)),
                .div(.class("button-group"),
                     Fields.button("Apply filters", secondary: true),
                     .a(.class("link"), .href(SiteURL.staff(.catalogue(.index)).path), .plain("Clear filters")))),
            model.rows.isEmpty
                ? .p(.class("body"), .plain("No services match these filters."))
                : UI.table(caption: "Services (\(Format.count(model.paging.total)))", head: ["Service", "LGSL", "Division", "E-enabled"], numeric: [3], rows: model.rows.map { row in
                    [
                        .a(.attr("href", SiteURL.staff(.catalogue(.service(.value(row.id)))).path), .plain(row.name)),
                        .plain(row.lgsl.map(String.init) ?? "–"),
                        .plain(row.division),
                        .plain(row.applicable == 0 ? "None applicable" : "\(row.eEnabled) of \(row.applicable)"),
                    ]
                }),
            UI.pagination(model.paging) { page in
                var query = filters.query
                query["page"] = String(page)
                return SiteURL.staff(.catalogue(.index)).path(query: query)
            }
        )
    }
}
