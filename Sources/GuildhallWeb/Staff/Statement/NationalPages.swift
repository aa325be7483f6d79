import Foundation
import GuildhallCore
import Plot

enum NationalPages {
    static func table(_ context: PageContext, table: NationalTable, years: [Int], order: NationalTable.Order, descending: Bool) -> HTML {
        let year = String(table.year)
        func sortLink(_ label: String, _ column: NationalTable.Order) -> Node<HTML.BodyContext> {
            let current = column == order
            let next = current && !descending ? "descending" : "ascending"
            return .a(.attr("href", SiteURL.staff(.statements(.national)).path(query: ["year": year, "sort": column.rawValue, "order": next])),
                      .plain(label),
                      .span(.class("visually-hidden"), .plain(current ? (descending ? ", sorted high to low: sort low to high" : ", sorted low to high: sort high to low") : ", sort by this column")))
        }
        return Layout.page(context,
            UI.heading("National view", caption: "Statements submitted for \(year)"),
            .p(.class("body"), .plain("Every organisation’s latest submitted statement for the year, with the BVPI 157 it reported. Drafts still being written are never shown here.")),
            .if(years.count > 1, Fields.get(action: SiteURL.staff(.statements(.national)).path,
                .div(.class("filters"),
                    Fields.select("year", label: "Year", options: years.map { .init(value: String($0), label: String($0)) }, selected: year, errors: FieldErrors()),
                    Fields.button("Show year", secondary: true)))),
            .unwrap(table.distribution, { distribution in
                .div(.class("headline"),
                    headline("Organisations", Format.count(distribution.count)),
                    headline("Mean", Format.percent(distribution.mean)),
                    headline("Lower quartile", Format.percent(distribution.lowerQuartile)),
                    headline("Median", Format.percent(distribution.median)),
                    headline("Upper quartile", Format.percent(distribution.upperQuartile)))
            }, else: .p(.class("body"), .plain("No statement has been submitted for \(year)."))),
            .if(!table.rows.isEmpty, .group(
                .div(.class("table-wrapper"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-label", "Latest submissions"),
                    .el("table", .class("table"),
                        .el("caption", .class("table__caption"), .plain("Latest submissions for \(year)")),
                        .el("thead", .el("tr",
                            .el("th", .attr("scope", "col"), .class("table__header"), .attr("aria-sort", order == .organisation ? (descending ? "descending" : "ascending") : "none"), sortLink("Organisation", .organisation)),
                            .el("th", .attr("scope", "col"), .class("table__header"), .plain("Submission")),
                            .el("th", .attr("scope", "col"), .class("table__header"), .attr("aria-sort", order == .submitted ? (descending ? "descending" : "ascending") : "none"), sortLink("Submitted", .submitted)),
                            .el("th", .attr("scope", "col"), .class("table__header table__header--numeric"), .attr("aria-sort", order == .bvpi157 ? (descending ? "descending" : "ascending") : "none"), sortLink("BVPI 157", .bvpi157)),
                            .el("th", .attr("scope", "col"), .class("table__header table__header--numeric"), .plain("Verified")),
                            .el("th", .attr("scope", "col"), .class("table__header"), .plain("Review")))),
                        .el("tbody", .group(table.rows.map { row in
                            .el("tr",
                                .el("th", .attr("scope", "row"), .class("table__cell"),
                                    .a(.attr("href", SiteURL.staff(.statements(.submission(.value(row.submissionID)))).path), .plain(row.organisation))),
                                .el("td", .class("table__cell"), .plain(row.kind == .final ? "Final" : "Draft")),
                                .el("td", .class("table__cell"), .plain(LondonTime.format(row.submittedAt))),
                                .el("td", .class("table__cell table__cell--numeric"), .plain(Format.percent(row.bvpi157))),
                                .el("td", .class("table__cell table__cell--numeric"), .plain(row.bvpi157Verified.map { Format.percent($0) } ?? "Not counted")),
                                .el("td", .class("table__cell"), .plain(row.review?.label ?? "Not reviewed")))
                        })))),
                .p(.class("body"), .a(.attr("href", SiteURL.staff(.statements(.nationalCSV)).path(query: ["year": year, "sort": order.rawValue, "order": descending ? "descending" : nil])),
                                      .plain("Download this table (CSV)")))))
        )
    }

    private static func headline(_ title: String, _ value: String) -> Node<HTML.BodyContext> {
        .div(.class("headline__item"), .p(.class("headline__title"), .plain(title)), .p(.class("headline__value"), .plain(value)))
    }
}
