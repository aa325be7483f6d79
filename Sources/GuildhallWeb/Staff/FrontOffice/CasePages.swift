import Foundation
import GuildhallCore
import Plot

/// A case with its history and the form that changes it, and cases in lists.
enum CasePages {
    static func list(_ cases: [Case], caption: String, today: CalendarDay, showResident: Bool = false) -> Node<HTML.BodyContext> {
        UI.table(caption: caption, head: ["Reference", "Service", "Status", "Received", "Due", "Division", "Officer"] + (showResident ? ["Resident"] : []), rows: cases.map { item in
            [
                .a(.href(SiteURL.staff(.frontOffice(.case(.value(item.reference)))).path), .plain(item.reference)),
                .plain(item.service.name),
                status(item),
                .plain(item.receivedOn.longDescription),
                due(item, today: today),
                .plain(item.division.name),
                .plain(item.officer?.name ?? "–"),
            ] + (showResident ? [.plain(item.resident?.name ?? "Anonymous")] : [])
        })
    }

    static func status(_ item: Case) -> Node<HTML.BodyContext> {
        UI.tag(item.status.label, item.isOpen ? (item.status == .waitingForCustomer ? .yellow : .blue) : .grey)
    }

    /// The next due date, flagged when it has passed or is close.
    static func due(_ item: Case, today: CalendarDay) -> Node<HTML.BodyContext> {
        guard let next = item.nextDue else { return .plain(item.isOpen ? "No standard" : "Closed") }
        if item.isOverdue(on: today) { return .group(.plain(next.longDescription + " "), UI.tag("Overdue", .red)) }
        if next == today { return .group(.plain(next.longDescription + " "), UI.tag("Due today", .yellow)) }
        return .plain(next.longDescription)
    }

    struct Show {
        var item: Case
        var duplicateOf: String?
        var history: [CaseStep]
        var divisions: [Division]
        var officers: [User]
        var names: [String: String]
        var today: CalendarDay
        var canUpdate: Bool
        var update: CaseUpdate
    }

    static func show(_ context: PageContext, _ model: Show) -> HTML {
        let item = model.item
        return Layout.page(context,
            .unwrap(item.resident) { UI.backLink(SiteURL.staff(.frontOffice(.resident(.value($0.id!)))).path, $0.name) },
            UI.heading("Case \(item.reference)", caption: item.service.name),
            .p(.class("body"), status(item), .if(item.isOverdue(on: model.today), .group(.text(" "), UI.tag("Overdue", .red)))),
            UI.summaryList([
                .init(key: "Resident", value: item.resident.map { .a(.href(SiteURL.staff(.frontOffice(.resident(.value($0.id!)))).path), .plain($0.name)) } ?? .plain("Anonymous")),
                .init(key: "What they asked for", value: .plain(item.description)),
                .init(key: "Interaction", value: .plain("\(item.interactionType.code): \(item.interactionType.label)")),
                .init(key: "Where", value: .plain([item.locationAddress, item.locationPostcode ?? ""].filter { !$0.isEmpty }.joined(separator: ", ").nilIfEmpty ?? "–")),
                .init(key: "Received", value: .plain(LondonTime.format(item.receivedAt) + " by " + item.channel.label.lowercased() + (item.site.map { " at \($0.name)" } ?? ""))),
                .init(key: "Reply by", value: .plain(dueText(item.replyBy, done: item.repliedOn))),
                .init(key: "Resolve by", value: .plain(dueText(item.resolveBy, done: item.closedOn))),
                .init(key: "Division", value: .plain(item.division.name)),
                .init(key: "Officer", value: .plain(item.officer?.name ?? "Not assigned")),
                .init(key: "Priority", value: .plain(item.priority.label)),
                .init(key: "Duplicate of", value: model.duplicateOf.map { .a(.href(SiteURL.staff(.frontOffice(.case(.value($0)))).path), .plain($0)) } ?? .plain("–")),
            ]),
            .if(model.canUpdate, updateForm(context, model)),
            .h2(.class("heading-m"), .plain("History")),
            .ol(.class("timeline"), .group(model.history.reversed().map { step in
                .li(.class("timeline__item"),
                    .h3(.class("heading-s"), .plain(LondonTime.format(step.occurredAt) + " – " + Format.person(step.actorName))),
                    .if(!step.changes.isEmpty, .ul(.class("list"), .group(step.changes.map { change in
                        .li(.plain(describe(change, names: model.names)))
                    }))),
                    .unwrap(step.publicNote) { .div(.class("inset-text"), .p(.class("body"), .strong(.plain("Update for the resident: ")), .plain($0))) },
                    .unwrap(step.internalNote) { .div(.class("inset-text inset-text--internal"), .p(.class("body"), .strong(.plain("Internal note: ")), .plain($0))) })
            }))
        )
    }

    private static func updateForm(_ context: PageContext, _ model: Show) -> Node<HTML.BodyContext> {
        let item = model.item, update = model.update
        let statuses = item.isOpen ? CaseStatus.allCases : [item.status, .open]
        return .group(
            .h2(.class("heading-m"), .plain(item.isOpen ? "Update the case" : "Reopen the case")),
            Fields.post(action: SiteURL.staff(.frontOffice(.caseUpdates(.value(item.reference)))).path, csrf: context.csrfToken,
                Fields.select("status", label: "Status", hint: item.isOpen ? "To refer it to the back office, choose “Referred” and write a handover note" : "A closed case can only be reopened",
                              options: statuses.map { .init(value: $0.rawValue, label: $0 == .open && !item.isOpen ? "Open (reopen the case)" : $0.label) },
                              selected: update.status.nilIfEmpty ?? item.status.rawValue, errors: context.errors),
                .if(item.isOpen, .group(
                    Fields.text("duplicateOf", label: "Reference of the original case (for a duplicate)", value: update.duplicateOf, errors: context.errors, width: "10", spellcheck: false),
                    Fields.select("division", label: "Division", options: model.divisions.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                  selected: update.division.nilIfEmpty ?? item.$division.id.uuidString, errors: context.errors),
                    Fields.select("officer", label: "Officer", options: [.init(value: "none", label: "Not assigned")] + model.officers.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                  selected: update.officer.nilIfEmpty ?? item.$officer.id?.uuidString ?? "none", errors: context.errors),
                    Fields.select("priority", label: "Priority", options: CasePriority.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                  selected: update.priority.nilIfEmpty ?? item.priority.rawValue, errors: context.errors))),
                Fields.textarea("publicNote", label: "Update for the resident (optional)", hint: "The resident can read this. It counts as the reply.",
                                value: update.publicNote, errors: context.errors, rows: 3),
                Fields.textarea("internalNote", label: "Internal note (optional)", hint: "Only staff can read this: a handover note, what was done.",
                                value: update.internalNote, errors: context.errors, rows: 3),
                Fields.button(item.isOpen ? "Save update" : "Save"))
        )
    }

    private static func dueText(_ due: CalendarDay?, done: CalendarDay?) -> String {
        guard let due else { return "No standard" }
        guard let done else { return due.longDescription }
        return due.longDescription + (done <= due ? " (met on \(done.longDescription))" : " (missed: done on \(done.longDescription))")
    }

    private static func describe(_ change: CaseStep.Change, names: [String: String]) -> String {
        func read(_ value: String?) -> String {
            guard let value, !value.isEmpty else { return "none" }
            if let status = CaseStatus(rawValue: value), change.field == "status" { return status.label }
            if let day = CalendarDay(value) { return day.longDescription }
            return names[value] ?? value
        }
        let field = ["status": "Status", "division": "Division", "officer": "Officer", "priority": "Priority", "replyBy": "Reply by",
                     "resolveBy": "Resolve by", "duplicateOf": "Duplicate of"][change.field] ?? change.field
        guard change.before != nil else { return "\(field): \(read(change.after))" }
        return "\(field): \(read(change.before)) → \(read(change.after))"
    }
}
