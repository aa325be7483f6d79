import GuildhallCore
import Plot

/// The design system's display components, after the GOV.UK Design System's patterns.
enum UI {
    static func errorSummary(_ errors: FieldErrors) -> Node<HTML.BodyContext> {
        guard !errors.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .attr("data-module", "error-summary"), .attr("tabindex", "-1"),
            .attr("aria-labelledby", "error-summary-title"), .attr("role", "alert"),
            .h2(.class("error-summary__title"), .id("error-summary-title"), .plain("There is a problem")),
            .ul(.class("list error-summary__list"), .group(errors.problems.map { problem in
                .li(.a(.attr("href", "#\(problem.field)"), .plain(problem.message)))
            }))
        )
    }

    enum BannerKind { case information, success }

    static func banner(_ kind: BannerKind, title: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(
            .classes("notification-banner", kind == .success ? "notification-banner--success" : ""),
            .attr("role", kind == .success ? "alert" : "region"), .attr("aria-labelledby", "notification-banner-title"),
            .div(.class("notification-banner__header"),
                 .h2(.class("notification-banner__title"), .id("notification-banner-title"), .plain(kind == .success ? "Success" : "Important"))),
            .div(.class("notification-banner__content"), .p(.class("notification-banner__heading"), .plain(title)), content)
        )
    }

    enum TagColour: String { case grey, green, red, yellow, blue, purple }

    static func tag(_ text: String, _ colour: TagColour = .blue) -> Node<HTML.BodyContext> {
        .strong(.class("tag tag--\(colour.rawValue)"), .plain(text))
    }

    /// A data table with a caption; `numeric` columns are right-aligned.
    static func table(caption: String, head: [String], numeric: Set<Int> = [], rows: [[Node<HTML.BodyContext>]]) -> Node<HTML.BodyContext> {
        .div(.class("table-wrapper"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-label", caption),
            .el("table", .class("table"),
                .el("caption", .class("table__caption"), .plain(caption)),
                .el("thead", .el("tr", .group(head.enumerated().map { index, title in
                    .el("th", .attr("scope", "col"), .classes("table__header", numeric.contains(index) ? "table__header--numeric" : ""), .plain(title))
                }))),
                .el("tbody", .group(rows.map { row in
                    .el("tr", .group(row.enumerated().map { index, cell in
                        index == 0
                            ? .el("th", .attr("scope", "row"), .class("table__cell"), cell)
                            : .el("td", .classes("table__cell", numeric.contains(index) ? "table__cell--numeric" : ""), cell)
                    }))
                }))
            )
        )
    }

    struct SummaryRow {
        var key: String
        var value: Node<HTML.BodyContext>
        var action: (label: String, href: String)? = nil
    }

    static func summaryList(_ rows: [SummaryRow]) -> Node<HTML.BodyContext> {
        .dl(.class("summary-list"), .group(rows.map { row in
            .div(.class("summary-list__row"),
                 .dt(.class("summary-list__key"), .plain(row.key)),
                 .dd(.class("summary-list__value"), row.value),
                 .unwrap(row.action) { action in
                     .dd(.class("summary-list__actions"),
                         .a(.attr("href", action.href), .plain(action.label), .span(.class("visually-hidden"), .plain(" " + row.key.lowercased()))))
                 })
        }))
    }

    /// Previous / next and numbered page links; nothing when everything fits on one page.
    static func pagination(_ page: Paging, link: (Int) -> String) -> Node<HTML.BodyContext> {
        guard page.pageCount > 1 else { return .empty }
        return .nav(.class("pagination"), .attr("aria-label", "Pages"),
            .if(page.page > 1, .div(.class("pagination__prev"), .a(.attr("href", link(page.page - 1)), .attr("rel", "prev"), .plain("Previous"), .span(.class("visually-hidden"), .plain(" page"))))),
            .ul(.class("pagination__list"), .group(page.visiblePages.map { number in
                guard let number else { return .li(.class("pagination__item pagination__item--ellipses"), .plain("…")) }
                return .li(.classes("pagination__item", number == page.page ? "pagination__item--current" : ""),
                           .a(.attr("href", link(number)), .attr("aria-label", "Page \(number)"),
                              .if(number == page.page, .attr("aria-current", "page")), .plain(String(number))))
            })),
            .if(page.page < page.pageCount, .div(.class("pagination__next"), .a(.attr("href", link(page.page + 1)), .attr("rel", "next"), .plain("Next"), .span(.class("visually-hidden"), .plain(" page")))))
        )
    }

    /// A disclosure: a summary line that opens to show more, without JavaScript. `open` shows it
    /// open, as when the form inside has errors to fix.
    static func details(_ summary: String, open: Bool = false, _ content: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .el("details", .class("details"), .if(open, .attr("open", "open")),
            .el("summary", .class("details__summary"), .span(.class("details__summary-text"), .plain(summary))),
            .div(.class("details__text"), .group(content)))
    }

    static func backLink(_ href: String, _ text: String = "Back") -> Node<HTML.BodyContext> {
        .a(.class("back-link"), .attr("href", href), .plain(text))
    }

    static func heading(_ text: String, caption: String? = nil) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(caption) { .span(.class("caption-l"), .plain($0)) },
            .h1(.class("heading-l"), .plain(text))
        )
    }
}

extension Paging {
    /// Page numbers to show, with nil standing for a gap.
    var visiblePages: [Int?] {
        let wanted = Set([1, pageCount, page - 1, page, page + 1].filter { (1...pageCount).contains($0) })
        var result: [Int?] = []
        for number in wanted.sorted() {
            if let last = result.last ?? nil, number > last + 1 { result.append(nil) }
            result.append(number)
        }
        return result
    }
}
