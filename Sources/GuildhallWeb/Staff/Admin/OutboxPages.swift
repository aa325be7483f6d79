import Foundation
import GuildhallCore
import Plot

/// The outbox: every message written, with what became of it.
enum OutboxPages {
    struct Row {
        var id: UUID
        var createdAt: Date
        var event: NotificationEvent
        var channel: NotificationChannel
        var recipient: String
        var recipientName: String
        var reference: String
        /// The case's reference when the message is about one.
        var caseReference: String?
        var status: OutboxMessage.Status
        var attempts: Int
        var reason: String?
        var sentVia: String?
    }

    struct Model {
        var organisation: String
        var notifyIsSetUp: Bool
        var status: OutboxMessage.Status?
        var counts: [OutboxMessage.Status: Int]
        var rows: [Row]
        var paging: Paging
    }

    static func index(_ context: PageContext, _ model: Model) -> HTML {
        let title = model.status.map { "\($0.label) messages" } ?? "All messages"
        return Layout.page(context,
            UI.heading("Outbox", caption: model.organisation),
            model.notifyIsSetUp
                ? .p(.class("body"), .plain("Messages are sent through GOV.UK Notify within a few seconds of being written. One that fails for now is tried again, first within a minute and then less often, for a day."))
                : UI.banner(.information, title: "GOV.UK Notify is not set up",
                            .p(.class("body"), .plain("Messages are written to the log instead of being sent. "),
                               .a(.href(SiteURL.staff(.admin(.notify)).path), .plain("Set up GOV.UK Notify")))),
            .nav(.attr("aria-label", "Messages by status"), .ul(.class("list list--inline"),
                .li(link("All", count: model.counts.values.reduce(0, +), status: nil, current: model.status == nil)),
                .group(OutboxMessage.Status.allCases.map { status in
                    .li(link(status.label, count: model.counts[status] ?? 0, status: status, current: model.status == status))
                }))),
            model.rows.isEmpty
                ? .p(.class("body"), .plain("There are no messages here."))
                : UI.table(caption: title, head: ["Written", "Message", "To", "Status", "Tries", "Reason", "Action"], numeric: [4], rows: model.rows.map { row in
                    [
                        .plain(LondonTime.format(row.createdAt)),
                        .group(.plain(row.event.label), .br(),
                               .unwrap(row.caseReference, { .a(.href(SiteURL.staff(.frontOffice(.case(.value($0)))).path), .plain($0)) }, else: .plain(row.reference))),
                        .group(.plain(row.recipientName), .br(), .plain(row.channel.label + ": " + row.recipient)),
                        tag(row),
                        .plain(String(row.attempts)),
                        .plain(row.reason ?? ""),
                        row.status == .failed
                            ? Fields.post(action: SiteURL.staff(.admin(.retryMessage(.value(row.id)))).path, csrf: context.csrfToken,
                                          .el("button", .attr("type", "submit"), .class("button button--secondary button--small"),
                                              .plain("Retry"), .span(.class("visually-hidden"), .plain(" the message to \(row.recipient) about \(row.reference)"))))
                            : .plain("–"),
                    ]
                }),
            UI.pagination(model.paging) { page in
                SiteURL.staff(.admin(.outbox)).path(query: ["status": model.status?.rawValue, "page": page == 1 ? nil : String(page)])
            }
        )
    }

    private static func link(_ label: String, count: Int, status: OutboxMessage.Status?, current: Bool) -> Node<HTML.BodyContext> {
        .a(.href(SiteURL.staff(.admin(.outbox)).path(query: ["status": status?.rawValue])), .if(current, .attr("aria-current", "page")),
           .plain("\(label) (\(count))"))
    }

    private static func tag(_ row: Row) -> Node<HTML.BodyContext> {
        switch row.status {
        case .pending: UI.tag("Pending", .yellow)
        case .sent: UI.tag(row.sentVia == "log" ? "Written to the log" : "Sent", .blue)
        case .delivered: UI.tag("Delivered", .green)
        case .failed: UI.tag("Failed", .red)
        }
    }
}
