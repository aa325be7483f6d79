import Foundation
import GuildhallCore
import Plot

extension StatementShow {
    static func view(_ context: PageContext, _ model: Model, deadlineEntry: String?) -> HTML {
        let id = Parameter<UUID>.value(model.id)
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.index)).path, "All statements"),
            UI.heading(model.title, caption: "\(model.organisation), version \(model.version)"),
            .p(.class("body"), model.isClosed ? UI.tag("Closed: the final statement has been submitted", .grey) : UI.tag("Draft")),
            deadline(model.deadline, daysLeft: model.daysLeft),
            .if(model.canManage, UI.details(model.deadline == nil ? "Set the deadline" : "Change the deadline", open: !context.errors.isEmpty,
                Fields.post(action: SiteURL.staff(.statements(.deadline(id))).path, csrf: context.csrfToken,
                    Fields.text("deadline", label: "Submission deadline", hint: "For example, 2003-11-28. Leave blank to clear it.",
                                value: deadlineEntry ?? model.deadline?.description ?? "", errors: context.errors, width: "10"),
                    Fields.button("Save deadline", secondary: true)))),
            .if(!model.isClosed, .group(
                .h2(.class("heading-m"), .id("outstanding"), .plain("Outstanding before the final submission")),
                model.outstanding.isEmpty
                    ? .p(.class("body"), .plain("Nothing is outstanding: the final statement can be submitted."))
                    : .ul(.class("list list--bullet"), .group(model.outstanding.map { .li(link($0)) })))),
            .h2(.class("heading-m"), .plain("Sections")),
            UI.table(caption: "Sections of the pro forma", head: ["Section", "Assigned to", "Status", "Revision"], numeric: [3],
                     rows: model.sections.map { section in
                         [.a(.attr("href", SiteURL.staff(.statements(.section(id, .value(section.key)))).path), .plain("\(section.number). \(section.title)")),
                          .plain(section.assignee), statusTag(section.status), .plain(section.revision == 0 ? "–" : String(section.revision))]
                     }),
            .ul(.class("list"),
                .li(.a(.attr("href", SiteURL.staff(.statements(.preview(id))).path), .plain("Preview and print the statement as it stands"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.consultations(id))).path), .plain("Consultation (\(model.consultations) round\(model.consultations == 1 ? "" : "s"))"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.decisions(id))).path), .plain("Decisions (\(model.decisions))")))),
            .h2(.class("heading-m"), .plain("Submissions")),
            model.submissions.isEmpty
                ? .p(.class("body"), .plain("Nothing has been submitted yet."))
                : UI.table(caption: "Submissions", head: ["Submitted", "Kind", "Version", "Review"], numeric: [2], rows: model.submissions.map { sent in
                    [.a(.attr("href", SiteURL.staff(.statements(.submission(.value(sent.id)))).path), .plain(LondonTime.format(sent.submittedAt))),
                     .plain(sent.kind == .final ? "Final" : "Draft"), .plain(String(sent.version)),
                     .plain(sent.review ?? "Not yet reviewed")]
                }),
            .if(model.canManage, .div(.class("button-group"),
                .a(.class("button button--secondary"), .attr("href", SiteURL.staff(.statements(.submit(id))).path(query: ["kind": "draft"])), .plain("Submit a draft")),
                .a(.class("button"), .attr("href", SiteURL.staff(.statements(.submit(id))).path(query: ["kind": "final"])), .plain("Submit the final statement"))))
        )
    }

    static func deadline(_ deadline: CalendarDay?, daysLeft: Int?) -> Node<HTML.BodyContext> {
        guard let deadline, let days = daysLeft else {
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

    /// An outstanding item, linked to where it is done when there is such a page.
    static func link(_ item: Outstanding) -> Node<HTML.BodyContext> {
        guard let url = item.url else { return .plain(item.description) }
        return .a(.attr("href", url.path + (item.fragment.map { "#\($0)" } ?? "")), .plain(item.description))
    }

    static func statusTag(_ status: StatementSection.Status) -> Node<HTML.BodyContext> {
        switch status {
        case .notStarted: UI.tag("Not started", .grey)
        case .inProgress: UI.tag("In progress", .blue)
        case .complete: UI.tag("Complete", .green)
        }
    }
}
