import GuildhallCore
import Plot

enum TrackingPages {
    static func lookup(_ context: PageContext, reference: String) -> HTML {
        Layout.page(context,
            UI.heading("Follow a request"),
            .p(.class("body"), .plain("Enter the reference you were given when you made the request. It looks like WV-4KX9QP.")),
            Fields.get(action: SiteURL.hub(.requests).path,
                Fields.text("reference", label: "Reference", value: reference, errors: context.errors, width: "10", spellcheck: false),
                Fields.button("Find the request"))
        )
    }

    static func show(_ context: PageContext, _ request: RequestTracking) -> HTML {
        var rows: [UI.SummaryRow] = [
            .init(key: "Service", value: .plain(request.service)),
            .init(key: "Provided by", value: .plain(request.organisation)),
            .init(key: "Status", value: UI.tag(request.status, request.isOpen ? .green : .grey)),
            .init(key: "Received", value: .plain(LondonTime.format(request.receivedAt))),
        ]
        if let closed = request.closedOn { rows.append(.init(key: "Closed", value: .plain(closed.longDescription))) }
        else {
            if let reply = request.replyBy { rows.append(.init(key: "You can expect a reply by", value: .plain(reply.longDescription))) }
            if let resolve = request.resolveBy { rows.append(.init(key: "It should be dealt with by", value: .plain(resolve.longDescription))) }
        }
        return Layout.page(context,
            UI.heading(request.reference, caption: "Your request"),
            UI.summaryList(rows),
            .h2(.class("heading-m"), .plain("Updates")),
            request.updates.isEmpty
                ? .p(.class("body"), .plain("There are no updates yet. We will add one here when there is news."))
                : .ol(.class("list timeline"), .group(request.updates.map { update in
                    .li(.class("timeline__item"), .h3(.class("heading-s"), .plain("\(LondonTime.format(update.at)): \(update.status)")),
                        .unwrap(update.text) { .p(.class("body"), .plain($0)) })
                })),
            .p(.class("body"), .plain("For your privacy this page never shows your name, your contact details or what you told us. To add something, quote your reference to customer services."))
        )
    }
}
