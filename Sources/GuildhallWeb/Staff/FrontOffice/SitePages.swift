import Foundation
import GuildhallCore
import Plot

/// INFO centres and the queue of visitors at each.
enum SitePages {
    struct Entry {
        var site: Site
        var waiting: Int
    }

    struct SiteDraft {
        var name = "", address = "", openingHours = ""
    }

    /// `canOpen`: whether the viewer may see who is waiting, which is personal data.
    static func index(_ context: PageContext, sites: [Entry], draft: SiteDraft, canOpen: Bool, canManage: Bool) -> HTML {
        Layout.page(context,
            UI.heading("INFO centres"),
            sites.isEmpty ? .p(.class("body"), .plain("No INFO centres yet.")) :
                UI.table(caption: "INFO centres", head: ["Centre", "Address", "Opening hours", "Waiting now"], numeric: [3], rows: sites.map { entry in
                    [
                        canOpen ? .a(.href(SiteURL.staff(.frontOffice(.site(.value(entry.site.id!)))).path), .plain(entry.site.name)) : .plain(entry.site.name),
                        .plain(entry.site.address), .plain(entry.site.openingHours), .plain(String(entry.waiting)),
                    ]
                }),
            .if(canManage, .group(
                .h2(.class("heading-m"), .plain("Add an INFO centre")),
                Fields.post(action: SiteURL.staff(.frontOffice(.sites)).path, csrf: context.csrfToken,
                    Fields.text("name", label: "Name", value: draft.name, errors: context.errors),
                    Fields.textarea("address", label: "Address", value: draft.address, errors: context.errors, rows: 3),
                    Fields.text("openingHours", label: "Opening hours", hint: "For example, Monday to Friday, 9am to 5pm", value: draft.openingHours, errors: context.errors),
                    Fields.button("Add INFO centre"))))
        )
    }

    struct Queue {
        var site: Site
        var waiting: [VisitRow]
        var today: [VisitRow]
        var resident: Resident?
        var waitMinutes: Int
        var canServe: Bool
        var visitor: String
        var reason: String
    }

    static func queue(_ context: PageContext, _ model: Queue) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.frontOffice(.sites)).path, "INFO centres"),
            UI.heading(model.site.name, caption: "INFO centre"),
            .p(.class("body"), .plain(model.site.address + " · " + model.site.openingHours)),
            .h2(.class("heading-m"), .plain("Waiting now (\(model.waiting.count))")),
            model.waiting.isEmpty ? .p(.class("body"), .plain("No one is waiting.")) :
                UI.table(caption: "Visitors waiting, longest first; the standard is \(model.waitMinutes) minutes",
                         head: ["Visitor", "Reason", "Arrived", "Waiting"] + (model.canServe ? ["", ""] : []), rows: model.waiting.map { visit in
                    let minutes = visit.minutesWaited
                    return [
                        visit.residentID.map { .a(.href(SiteURL.staff(.frontOffice(.resident(.value($0)))).path), .plain(visit.visitor)) } ?? .plain(visit.visitor),
                        .plain(visit.reason),
                        .plain(LondonTime.format(visit.arrivedAt)),
                        .group(.plain("\(minutes) min "), .if(minutes > model.waitMinutes, UI.tag("Over \(model.waitMinutes) min", .red))),
                    ] + (model.canServe ? [
                        action(context, SiteURL.staff(.frontOffice(.callVisit(.value(visit.id)))).path, "Call", visit.visitor),
                        action(context, SiteURL.staff(.frontOffice(.visitLeft(.value(visit.id)))).path, "Left without being seen", visit.visitor, secondary: true),
                    ] : [])
                }),
            .if(model.canServe, .group(
                .h2(.class("heading-m"), .plain("A visitor arrives")),
                Fields.post(action: SiteURL.staff(.frontOffice(.visits(.value(model.site.id!)))).path, csrf: context.csrfToken,
                    .unwrap(model.resident, { resident in
                        .group(.input(.type(.hidden), .name("resident"), .value(resident.id!.uuidString)),
                               .p(.class("body"), .plain("Visitor: \(resident.name)")))
                    }, else: Fields.text("visitor", label: "Visitor’s name", hint: "Or open the resident’s record and add them to the queue from there",
                                         value: model.visitor, errors: context.errors, autocomplete: "off")),
                    Fields.text("reason", label: "Why they have come", value: model.reason, errors: context.errors),
                    Fields.button("Add to the queue")))),
            .h2(.class("heading-m"), .plain("Seen or gone today")),
            model.today.isEmpty ? .p(.class("body"), .plain("No one yet today.")) :
                UI.table(caption: "Visitors today, latest first", head: ["Visitor", "Reason", "Arrived", "Waited", "Outcome"], rows: model.today.map { visit in
                    [
                        .plain(visit.visitor), .plain(visit.reason), .plain(LondonTime.format(visit.arrivedAt)),
                        .plain("\(visit.minutesWaited) min"),
                        .plain(visit.state == .seen ? "Seen by \(visit.calledBy ?? "")" : "Left without being seen"),
                    ]
                })
        )
    }

    private static func action(_ context: PageContext, _ path: String, _ label: String, _ visitor: String, secondary: Bool = false) -> Node<HTML.BodyContext> {
        Fields.post(action: path, csrf: context.csrfToken,
            .el("button", .attr("type", "submit"), .classes("button", "button--small", secondary ? "button--secondary" : ""),
                .plain(label), .span(.class("visually-hidden"), .plain(" (\(visitor))"))))
    }
}
