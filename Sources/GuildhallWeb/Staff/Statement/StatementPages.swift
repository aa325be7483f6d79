import Foundation
import GuildhallCore
import Plot

enum StatementPages {
    static func index(_ context: PageContext, statements: [Statement], assigned: [StatementSection],
                      entry: StatementsController.CreationForm, canCreate: Bool) -> HTML {
        Layout.page(context,
            UI.heading("Statements", caption: context.signedIn?.organisation),
            .p(.class("body"), .plain("Each year the council states its progress on central government’s pro forma, which it may not change. Sections are drafted by divisions and partners, consulted on with "),
               .a(.attr("href", SiteURL.staff(.statements(.committees)).path), .plain("committees")), .plain(", approved by Cabinet and full Council, and submitted.")),
            statements.isEmpty
                ? .p(.class("body"), .plain("There is no statement yet."))
                : UI.table(caption: "Statements", head: ["Year", "Pro forma", "Version", "Status", "Deadline"], numeric: [2], rows: statements.map { statement in
                    [.a(.attr("href", SiteURL.staff(.statements(.statement(.value(statement.id!)))).path), .plain(String(statement.year))),
                     .plain(statement.proForma.title), .plain(String(statement.version)),
                     statement.isClosed ? UI.tag("Closed", .grey) : UI.tag("Draft"),
                     .plain(statement.deadlineOn?.longDescription ?? "Not set")]
                }),
            .if(!assigned.isEmpty, .group(
                .h2(.class("heading-m"), .plain("Sections assigned to \(context.signedIn?.organisation ?? "you")")),
                .ul(.class("list"), .group(assigned.map { section in
                    let statement = section.statement
                    let title = statement.proForma.section(section.key)?.title ?? section.key
                    return .li(.a(.attr("href", SiteURL.staff(.statements(.section(.value(statement.id!), .value(section.key)))).path),
                                  .plain("\(title), \(statement.organisation.name)’s \(statement.year) statement")))
                })))),
            .if(canCreate, .group(
                .h2(.class("heading-m"), .plain("Start a statement")),
                Fields.post(action: SiteURL.staff(.statements(.index)).path, csrf: context.csrfToken,
                    Fields.text("year", label: "Year", hint: "The year of the round, for example 2003", value: entry.year ?? "", errors: context.errors, width: "4"),
                    Fields.select("proForma", label: "Pro forma", options: ProForma.all.map { .init(value: $0.key, label: $0.title) },
                                  selected: entry.proForma, errors: context.errors),
                    Fields.text("deadline", label: "Submission deadline (optional)", hint: "For example, 2003-11-28", value: entry.deadline ?? "",
                                errors: context.errors, width: "10"),
                    Fields.button("Start statement"))))
        )
    }

    static func overview(
        _ context: PageContext, deadlineEntry: String?, statement: Statement, today: CalendarDay, outstanding: [OutstandingItem],
        consultations: [Consultation], decisions: [Decision], submissions: [Submission], staff: StaffMember
    ) -> HTML {
        let id = statement.id!
        let manage = staff.may(.manageStatement) && !statement.isClosed
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.index)).path, "All statements"),
            UI.heading(statement.proForma.title, caption: "\(staff.organisation.name), version \(statement.version)"),
            .p(.class("body"), statement.isClosed ? UI.tag("Closed: the final statement has been submitted", .grey) : UI.tag("Draft")),
            deadline(statement, today: today),
            .if(manage, UI.details(statement.deadlineOn == nil ? "Set the deadline" : "Change the deadline", open: !context.errors.isEmpty,
                Fields.post(action: SiteURL.staff(.statements(.deadline(.value(id)))).path, csrf: context.csrfToken,
                    Fields.text("deadline", label: "Submission deadline", hint: "For example, 2003-11-28. Leave blank to clear it.",
                                value: deadlineEntry ?? statement.deadlineOn?.description ?? "", errors: context.errors, width: "10"),
                    Fields.button("Save deadline", secondary: true)))),
            .if(!statement.isClosed, .group(
                .h2(.class("heading-m"), .id("outstanding"), .plain("Outstanding before the final submission")),
                outstanding.isEmpty
                    ? .p(.class("body"), .plain("Nothing is outstanding: the final statement can be submitted."))
                    : .ul(.class("list list--bullet"), .group(outstanding.map { item in .li(outstandingLink(item, statementID: id, consultations: consultations)) })))),
            .h2(.class("heading-m"), .plain("Sections")),
            UI.table(caption: "Sections of the pro forma", head: ["Section", "Assigned to", "Status", "Revision"], numeric: [3],
                     rows: statement.sections.compactMap { section in
                         guard let definition = statement.proForma.section(section.key) else { return nil }
                         return [.a(.attr("href", SiteURL.staff(.statements(.section(.value(id), .value(section.key)))).path), .plain("\(definition.number). \(definition.title)")),
                                 .plain(assignee(section)), statusTag(section.status), .plain(section.revision == 0 ? "–" : String(section.revision))]
                     }),
            .ul(.class("list"),
                .li(.a(.attr("href", SiteURL.staff(.statements(.preview(.value(id)))).path), .plain("Preview and print the statement as it stands"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.consultations(.value(id)))).path), .plain("Consultation (\(consultations.count) round\(consultations.count == 1 ? "" : "s"))"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.decisions(.value(id)))).path), .plain("Decisions (\(decisions.count))")))),
            .h2(.class("heading-m"), .plain("Submissions")),
            submissions.isEmpty
                ? .p(.class("body"), .plain("Nothing has been submitted yet."))
                : UI.table(caption: "Submissions", head: ["Submitted", "Kind", "Version", "Review"], numeric: [2], rows: submissions.map { submission in
                    [.a(.attr("href", SiteURL.staff(.statements(.submission(.value(submission.id!)))).path), .plain(LondonTime.format(submission.submittedAt))),
                     .plain(submission.kind == .final ? "Final" : "Draft"), .plain(String(submission.version)),
                     .plain(submission.latestReview?.outcome.label ?? "Not yet reviewed")]
                }),
            .if(manage, .div(.class("button-group"),
                .a(.class("button button--secondary"), .attr("href", SiteURL.staff(.statements(.submit(.value(id)))).path(query: ["kind": "draft"])), .plain("Submit a draft")),
                .a(.class("button"), .attr("href", SiteURL.staff(.statements(.submit(.value(id)))).path(query: ["kind": "final"])), .plain("Submit the final statement"))))
        )
    }

    static func deadline(_ statement: Statement, today: CalendarDay) -> Node<HTML.BodyContext> {
        guard let deadline = statement.deadlineOn, let days = StatementRegister.daysLeft(statement, today: today) else {
            return .p(.class("body"), .plain("No submission deadline has been set."))
        }
        let left: String = switch days {
        case 0: "the deadline is today"
        case 1...: "\(Format.count(days)) day\(days == 1 ? "" : "s") left"
        default: "the deadline passed \(Format.count(-days)) day\(days == -1 ? "" : "s") ago"
        }
        return .div(.class("panel-figure"),
            .p(.class("body"), .strong(.plain("Submission deadline: \(deadline.longDescription)")), .plain(", \(left).")))
    }

    static func outstandingLink(_ item: OutstandingItem, statementID: UUID, consultations: [Consultation]) -> Node<HTML.BodyContext> {
        switch item.type {
        case .section:
            return .a(.attr("href", SiteURL.staff(.statements(.section(.value(statementID), .value(item.reference)))).path), .plain(item.description))
        case .comment:
            guard let round = consultations.first(where: { $0.comments.contains { $0.id?.uuidString == item.reference } }) else { return .plain(item.description) }
            return .a(.attr("href", SiteURL.staff(.statements(.consultation(.value(round.id!)))).path + "#comment-\(item.reference)"), .plain(item.description))
        case .decision:
            return .a(.attr("href", SiteURL.staff(.statements(.decisions(.value(statementID)))).path), .plain(item.description))
        }
    }

    static func assignee(_ section: StatementSection) -> String {
        let parts = [section.$division.value??.name, section.$partner.value??.name, section.$owner.value??.name].compactMap { $0 }
        return parts.isEmpty ? "Programme team" : parts.joined(separator: ", ")
    }

    static func statusTag(_ status: StatementSection.Status) -> Node<HTML.BodyContext> {
        switch status {
        case .notStarted: UI.tag("Not started", .grey)
        case .inProgress: UI.tag("In progress", .blue)
        case .complete: UI.tag("Complete", .green)
        }
    }

    static func confirmSubmit(
        _ context: PageContext, statement: Statement, kind: Submission.Kind, outstanding: [OutstandingItem], consultations: [Consultation]
    ) -> HTML {
        let id = statement.id!
        let explanation = kind == .final
            ? "The final submission sends the statement as approved. It is frozen with its SHA-256 and can never change, and the statement is then closed to edits."
            : "A draft submission sends the statement as it stands by the deadline. It is frozen with its SHA-256 and can never change; work then continues on version \(statement.version + 1)."
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.statement(.value(id)))).path, "Back to the statement"),
            UI.heading(kind == .final ? "Submit the final statement?" : "Submit a draft?", caption: "\(statement.proForma.title), version \(statement.version)"),
            .p(.class("body"), .plain(explanation)),
            statement.isClosed ? .p(.class("body"), .plain(StatementClosed().description)) :
            outstanding.isEmpty
                ? Fields.post(action: SiteURL.staff(.statements(.submit(.value(id)))).path, csrf: context.csrfToken,
                    .el("input", .attr("type", "hidden"), .attr("name", "kind"), .attr("value", kind.rawValue)),
                    .div(.class("button-group"),
                         Fields.button(kind == .final ? "Submit the final statement" : "Submit the draft", warning: kind == .final),
                         .a(.class("link"), .attr("href", SiteURL.staff(.statements(.statement(.value(id)))).path), .plain("Cancel"))))
                : .group(
                    .div(.class("error-summary"), .attr("role", "alert"), .attr("aria-labelledby", "outstanding-title"), .attr("tabindex", "-1"),
                        .h2(.class("error-summary__title"), .id("outstanding-title"), .plain("The statement cannot be submitted yet")),
                        .ul(.class("list error-summary__list"), .group(outstanding.map { .li(outstandingLink($0, statementID: id, consultations: consultations)) }))),
                    .p(.class("body"), .a(.attr("href", SiteURL.staff(.statements(.statement(.value(id)))).path), .plain("Return to the statement to finish these"))))
        )
    }
}
