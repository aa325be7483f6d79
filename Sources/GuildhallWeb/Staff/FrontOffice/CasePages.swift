import Foundation
import GuildhallCore
import Plot

/// A case with its history and the form that changes it, and cases in lists.
enum CasePages {
    static func list(_ cases: [CaseRow], caption: String, today: CalendarDay, showResident: Bool = false) -> Node<HTML.BodyContext> {
        UI.table(caption: caption, head: ["Reference", "Service", "Status", "Received", "Due", "Division", "Officer"] + (showResident ? ["Resident"] : []), rows: cases.map { row in
            [
                .a(.href(SiteURL.staff(.frontOffice(.case(.value(row.reference)))).path), .plain(row.reference)),
                .plain(row.service),
                status(row.status),
                .plain(row.receivedOn.longDescription),
                due(row, today: today),
                .plain(row.division),
                .plain(row.officer ?? "–"),
            ] + (showResident ? [.plain(row.resident ?? "Anonymous")] : [])
        })
    }

    static func status(_ status: CaseStatus) -> Node<HTML.BodyContext> {
        UI.tag(status.label, status.isOpen ? (status == .waitingForCustomer ? .yellow : .blue) : .grey)
    }

    /// The next due date, flagged when it has passed or is close.
    static func due(_ row: CaseRow, today: CalendarDay) -> Node<HTML.BodyContext> {
        guard let next = row.nextDue else { return .plain(row.status.isOpen ? "No standard" : "Closed") }
        if row.isOverdue { return .group(.plain(next.longDescription + " "), UI.tag("Overdue", .red)) }
        if next == today { return .group(.plain(next.longDescription + " "), UI.tag("Due today", .yellow)) }
        return .plain(next.longDescription)
    }

    struct Show {
        var row: CaseRow
        var residentID: UUID?
        var description: String
        var interactionType: InteractionType
        var location: String
        var received: String
        var replyBy: CalendarDay?
        var repliedOn: CalendarDay?
        var resolveBy: CalendarDay?
        var closedOn: CalendarDay?
        var divisionID: UUID
        var officerID: UUID?
        var priority: CasePriority
        var duplicateOf: String?
        var history: [CaseStep]
        var divisions: [Choice]
        var officers: [Choice]
        var names: [String: String]
        var today: CalendarDay
        var canUpdate: Bool
        var update: CaseUpdate
        /// How the resident is told of progress; nil when they are not told.
        var toldBy: Outbox.Recipient?
        /// Why not, when they are not told.
        var whyNotTold: String
        var messages: [Message]
    }

    struct Message {
        var at: Date
        var event: NotificationEvent
        var channel: NotificationChannel
        var recipient: String
        var status: OutboxMessage.Status
        var reason: String?
    }

    static func show(_ context: PageContext, _ model: Show) -> HTML {
        let row = model.row
        let residentLink = model.residentID.map { SiteURL.staff(.frontOffice(.resident(.value($0)))).path }
        return Layout.page(context,
            .unwrap(residentLink) { UI.backLink($0, row.resident ?? "Resident") },
            UI.heading("Case \(row.reference)", caption: row.service),
            .p(.class("body"), status(row.status), .if(row.isOverdue, .group(.text(" "), UI.tag("Overdue", .red)))),
            UI.summaryList([
                .init(key: "Resident", value: residentLink.map { .a(.href($0), .plain(row.resident ?? "Resident")) } ?? .plain("Anonymous")),
                .init(key: "What they asked for", value: .plain(model.description)),
                .init(key: "Interaction", value: .plain("\(model.interactionType.code): \(model.interactionType.label)")),
                .init(key: "Where", value: .plain(model.location.nilIfEmpty ?? "–")),
                .init(key: "Received", value: .plain(model.received)),
                .init(key: "Reply by", value: .plain(dueText(model.replyBy, done: model.repliedOn))),
                .init(key: "Resolve by", value: .plain(dueText(model.resolveBy, done: model.closedOn))),
                .init(key: "Division", value: .plain(row.division)),
                .init(key: "Officer", value: .plain(row.officer ?? "Not assigned")),
                .init(key: "Priority", value: .plain(model.priority.label)),
                .init(key: "Duplicate of", value: model.duplicateOf.map { .a(.href(SiteURL.staff(.frontOffice(.case(.value($0)))).path), .plain($0)) } ?? .plain("–")),
            ]),
            messages(model),
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

    /// What the resident and officers have been sent, and whether the resident can be told at all.
    private static func messages(_ model: Show) -> Node<HTML.BodyContext> {
        let undelivered = model.messages.last { $0.status == .failed && $0.event.isForResident }
        return .group(
            .h2(.class("heading-m"), .plain("Messages")),
            .unwrap(undelivered) { failed in
                UI.banner(.information, title: "A message to the resident could not be delivered",
                          .p(.class("body"), .plain("\(failed.channel.label) to \(failed.recipient): \(failed.reason ?? "no reason given"). Phone or write to them instead.")))
            },
            .p(.class("body"), .plain(model.toldBy.map { "The resident is told of progress by \($0.channel.label.lowercased()) to \($0.address)." }
                ?? "The resident is not told of progress: \(model.whyNotTold)")),
            .if(!model.messages.isEmpty, UI.table(caption: "Messages about this case", head: ["Written", "Message", "To", "Status"], rows: model.messages.map { message in
                [
                    .plain(LondonTime.format(message.at)), .plain(message.event.label), .plain("\(message.channel.label): \(message.recipient)"),
                    .group(.plain(message.status.label), .unwrap(message.reason) { .group(.br(), .span(.class("hint"), .plain($0))) }),
                ]
            }))
        )
    }

    private static func updateForm(_ context: PageContext, _ model: Show) -> Node<HTML.BodyContext> {
        let row = model.row, update = model.update, isOpen = row.status.isOpen
        let statuses = isOpen ? CaseStatus.allCases : [row.status, .open]
        return .group(
            .h2(.class("heading-m"), .plain(isOpen ? "Update the case" : "Reopen the case")),
            Fields.post(action: SiteURL.staff(.frontOffice(.caseUpdates(.value(row.reference)))).path, csrf: context.csrfToken,
                Fields.select("status", label: "Status", hint: isOpen ? "To refer it to the back office, choose “Referred” and write a handover note" : "A closed case can only be reopened",
                              options: statuses.map { .init(value: $0.rawValue, label: $0 == .open && !isOpen ? "Open (reopen the case)" : $0.label) },
                              selected: update.status.nilIfEmpty ?? row.status.rawValue, errors: context.errors),
                .if(isOpen, .group(
                    Fields.text("duplicateOf", label: "Reference of the original case (for a duplicate)", value: update.duplicateOf, errors: context.errors, width: "10", spellcheck: false),
                    Fields.select("division", label: "Division", options: model.divisions.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: update.division.nilIfEmpty ?? model.divisionID.uuidString, errors: context.errors),
                    Fields.select("officer", label: "Officer", options: [.init(value: "none", label: "Not assigned")] + model.officers.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: update.officer.nilIfEmpty ?? model.officerID?.uuidString ?? "none", errors: context.errors),
                    Fields.select("priority", label: "Priority", options: CasePriority.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                  selected: update.priority.nilIfEmpty ?? model.priority.rawValue, errors: context.errors))),
                Fields.textarea("publicNote", label: "Update for the resident (optional)", hint: "The resident can read this. It counts as the reply.",
                                value: update.publicNote, errors: context.errors, rows: 3),
                Fields.textarea("internalNote", label: "Internal note (optional)", hint: "Only staff can read this: a handover note, what was done.",
                                value: update.internalNote, errors: context.errors, rows: 3),
                Fields.button(isOpen ? "Save update" : "Save"))
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
