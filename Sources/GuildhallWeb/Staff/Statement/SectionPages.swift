import Foundation
import GuildhallCore
import Plot

enum SectionPages {
    /// Who a section may be assigned to; nil for those who may not assign.
    struct Choices {
        var divisions: [Division]
        var partners: [Organisation]
        var staff: [User]
    }

    static func section(
        _ context: PageContext, statement: Statement, section: StatementSection, record: StatementRecord.Section, entered: JSONValue?,
        title: String, canEdit: Bool, choices: Choices?, revisions: [SectionRevision]
    ) -> HTML {
        let id = statement.id!
        let definition = statement.proForma.section(section.key)!
        let own = context.signedIn?.organisationID == statement.$organisation.id
        return Layout.page(context,
            own ? UI.backLink(SiteURL.staff(.statements(.statement(.value(id)))).path, "Back to the statement") : UI.backLink(SiteURL.staff(.statements(.index)).path, "Back to statements"),
            UI.heading("\(definition.number). \(definition.title)", caption: "\(statement.proForma.title), version \(statement.version)"),
            .p(.class("hint"), .plain(definition.guidance)),
            UI.summaryList([
                .init(key: "Status", value: StatementPages.statusTag(section.status)),
                .init(key: "Assigned to", value: .plain(StatementPages.assignee(section))),
                .init(key: "Revision", value: .plain(section.revision == 0 ? "Not yet saved" : String(section.revision))),
            ]),
            .if(canEdit,
                .group(
                    .h2(.class("heading-m"), .plain(section.content == nil ? "Write the section" : "Change the section")),
                    .if(definition.kind == .bvpi157, .p(.class("body"), .plain("The figures are filled from the service catalogue and cannot be typed in: choose the date they are as at, and write the commentary."))),
                    .if({ if case .table(_, _, nil) = definition.kind.shape { return true }; return false }(),
                        .p(.class("body"), .plain("Leave a row blank to leave it out. \(SectionForm.spareRows) blank rows are offered at a time: save to get more."))),
                    .div(.id("section-form"),
                        Fields.post(action: SiteURL.staff(.statements(.section(.value(id), .value(section.key)))).path, csrf: context.csrfToken,
                            SectionForm.fields(definition.kind.shape, title: title, content: entered ?? record.content, errors: context.errors),
                            Fields.button("Save section")))),
                else: .group(
                    .h2(.class("heading-m"), .plain("Content")),
                    SectionContentView.content(record, kind: definition.kind))),
            .if(canEdit && record.content != nil && entered == nil, .group(
                .h2(.class("heading-m"), .plain("As it reads now")),
                SectionContentView.content(record, kind: definition.kind))),
            .unwrap(choices) { choices in
                .group(
                    .if(section.status != .complete && section.content != nil,
                        .group(
                            .h2(.class("heading-m"), .plain("Mark complete")),
                            .p(.class("body"), .plain("A section marked complete counts towards a submission. Saving it again opens it again.")),
                            .el("form", .id("complete"), .attr("method", "post"), .attr("action", SiteURL.staff(.statements(.completeSection(.value(id), .value(section.key)))).path),
                                Fields.csrf(context.csrfToken), Fields.button("Mark as complete", secondary: true)))),
                    .h2(.class("heading-m"), .plain("Assign the section")),
                    Fields.post(action: SiteURL.staff(.statements(.assignSection(.value(id), .value(section.key)))).path, csrf: context.csrfToken,
                        Fields.select("division", label: "Division", options: [.init(value: "", label: "None")] + choices.divisions.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                      selected: section.$division.id?.uuidString, errors: context.errors),
                        Fields.select("partner", label: "Partner organisation", hint: "A partner’s programme managers and service owners can then write the section.",
                                      options: [.init(value: "", label: "None")] + choices.partners.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                      selected: section.$partner.id?.uuidString, errors: context.errors),
                        Fields.select("owner", label: "Owner", options: [.init(value: "", label: "None")] + choices.staff.map { .init(value: $0.id!.uuidString, label: $0.name) },
                                      selected: section.$owner.id?.uuidString, errors: context.errors),
                        Fields.button("Save assignment", secondary: true)))
            },
            .h2(.class("heading-m"), .plain("Revisions")),
            revisions.isEmpty ? .p(.class("body"), .plain("No revision has been saved.")) : .group(
                UI.table(caption: "Saved revisions", head: ["Revision", "Saved", "By"], rows: revisions.reversed().map { revision in
                    [.plain(String(revision.number)), .plain(LondonTime.format(revision.savedAt)), .plain(revision.savedBy)]
                }),
                revisions.count > 1
                    ? compareForm(statementID: id, key: section.key, revisions: revisions, from: revisions[revisions.count - 2].number, to: revisions.last!.number)
                    : .empty)
        )
    }

    static func compareForm(statementID: UUID, key: String, revisions: [SectionRevision], from: Int, to: Int) -> Node<HTML.BodyContext> {
        let options = revisions.map { Fields.Option(value: String($0.number), label: "Revision \($0.number)") }
        return Fields.get(action: SiteURL.staff(.statements(.compareRevisions(.value(statementID), .value(key)))).path,
            .div(.class("filters"),
                Fields.select("from", label: "Compare", options: options, selected: String(from), errors: FieldErrors()),
                Fields.select("to", label: "with", options: options, selected: String(to), errors: FieldErrors()),
                Fields.button("Compare revisions", secondary: true)))
    }

    static func compare(
        _ context: PageContext, statement: Statement, section: StatementSection, revisions: [SectionRevision],
        before: SectionRevision, after: SectionRevision, changes: [RevisionChange]
    ) -> HTML {
        let id = statement.id!
        let definition = statement.proForma.section(section.key)!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.section(.value(id), .value(section.key)))).path, "Back to \(definition.title)"),
            UI.heading("Revision \(before.number) and revision \(after.number)", caption: "\(definition.number). \(definition.title)"),
            compareForm(statementID: id, key: section.key, revisions: revisions, from: before.number, to: after.number),
            .p(.class("body"), .plain("Revision \(before.number) was saved \(LondonTime.format(before.savedAt)) by \(before.savedBy); revision \(after.number) \(LondonTime.format(after.savedAt)) by \(after.savedBy).")),
            changes.isEmpty
                ? .p(.class("body"), .plain("The two revisions are the same."))
                : .div(.class("changes"), UI.table(caption: "What changed", head: ["Field", "Revision \(before.number)", "Revision \(after.number)"], rows: changes.map { change in
                    [.plain(change.path), .unwrap(change.before, { .el("del", .plain($0)) }, else: .plain("(none)")),
                     .unwrap(change.after, { .el("ins", .plain($0)) }, else: .plain("(none)"))]
                }))
        )
    }
}
