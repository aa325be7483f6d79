import Foundation
import GuildhallCore
import Plot

extension SectionShow {
    static func view(_ context: PageContext, _ model: Model, entered: JSONValue?) -> HTML {
        let id = Parameter<UUID>.value(model.statementID), key = Parameter<String>.value(model.definition.key)
        let definition = model.definition
        return Layout.page(context,
            model.isOwn ? UI.backLink(SiteURL.staff(.statements(.statement(id))).path, "Back to the statement") : UI.backLink(SiteURL.staff(.statements(.index)).path, "Back to statements"),
            UI.heading("\(definition.number). \(definition.title)", caption: "\(model.statementTitle), version \(model.version)"),
            .p(.class("hint"), .plain(definition.guidance)),
            UI.summaryList([
                .init(key: "Status", value: StatementShow.statusTag(model.status)),
                .init(key: "Assigned to", value: .plain(model.assignee)),
                .init(key: "Revision", value: .plain(model.revision == 0 ? "Not yet saved" : String(model.revision))),
            ]),
            .if(model.canEdit,
                .group(
                    .h2(.class("heading-m"), .plain(model.isWritten ? "Change the section" : "Write the section")),
                    .if(definition.kind == .bvpi157, .p(.class("body"), .plain("The figures are filled from the service catalogue and cannot be typed in: choose the date they are as at, and write the commentary."))),
                    .if(definition.kind == .takeUp && model.assignment != nil,
                        .el("form", .attr("method", "post"), .attr("action", SiteURL.staff(.statements(.fillTakeUp(id))).path), .class("button-group"),
                            Fields.csrf(context.csrfToken),
                            Fields.button("Fill from the front office", secondary: true),
                            .span(.class("hint"), .plain("Each channel’s contacts and cases over the twelve months to the BVPI 157 date. You can change the rows afterwards.")))),
                    .if({ if case .table(_, _, nil) = definition.kind.shape { return true }; return false }(),
                        .p(.class("body"), .plain("Leave a row blank to leave it out. \(SectionForm.spareRows) blank rows are offered at a time: save to get more."))),
                    .div(.id("section-form"),
                        Fields.post(action: SiteURL.staff(.statements(.section(id, key))).path, csrf: context.csrfToken,
                            SectionForm.fields(definition.kind.shape, title: definition.title, content: entered ?? model.record.content, errors: context.errors),
                            Fields.button("Save section")))),
                else: .group(
                    .h2(.class("heading-m"), .plain("Content")),
                    SectionContentView.content(model.record, kind: definition.kind))),
            .if(model.canEdit && model.record.content != nil && entered == nil, .group(
                .h2(.class("heading-m"), .plain("As it reads now")),
                SectionContentView.content(model.record, kind: definition.kind))),
            .unwrap(model.assignment) { assignment in
                .group(
                    .if(model.status != .complete && model.isWritten,
                        .group(
                            .h2(.class("heading-m"), .plain("Mark complete")),
                            .p(.class("body"), .plain("A section marked complete counts towards a submission. Saving it again opens it again.")),
                            .el("form", .id("complete"), .attr("method", "post"), .attr("action", SiteURL.staff(.statements(.completeSection(id, key))).path),
                                Fields.csrf(context.csrfToken), Fields.button("Mark as complete", secondary: true)))),
                    .h2(.class("heading-m"), .plain("Assign the section")),
                    Fields.post(action: SiteURL.staff(.statements(.assignSection(id, key))).path, csrf: context.csrfToken,
                        Fields.select("division", label: "Division", options: options(assignment.divisions),
                                      selected: assignment.division?.uuidString, errors: context.errors),
                        Fields.select("partner", label: "Partner organisation", hint: "A partner’s programme managers and service owners can then write the section.",
                                      options: options(assignment.partners), selected: assignment.partner?.uuidString, errors: context.errors),
                        Fields.select("owner", label: "Owner", options: options(assignment.staff),
                                      selected: assignment.owner?.uuidString, errors: context.errors),
                        Fields.button("Save assignment", secondary: true)))
            },
            .h2(.class("heading-m"), .plain("Revisions")),
            model.revisions.isEmpty ? .p(.class("body"), .plain("No revision has been saved.")) : .group(
                UI.table(caption: "Saved revisions", head: ["Revision", "Saved", "By"], rows: model.revisions.reversed().map { revision in
                    [.plain(String(revision.number)), .plain(LondonTime.format(revision.savedAt)), .plain(revision.savedBy)]
                }),
                model.revisions.count > 1
                    ? compareForm(statementID: model.statementID, key: definition.key, revisions: model.revisions,
                                  from: model.revisions[model.revisions.count - 2].number, to: model.revisions.last!.number)
                    : .empty)
        )
    }

    private static func options(_ choices: [Choice]) -> [Fields.Option] {
        [.init(value: "", label: "None")] + choices.map { .init(value: $0.id.uuidString, label: $0.name) }
    }

    static func compareForm(statementID: UUID, key: String, revisions: [Revision], from: Int, to: Int) -> Node<HTML.BodyContext> {
        let options = revisions.map { Fields.Option(value: String($0.number), label: "Revision \($0.number)") }
        return Fields.get(action: SiteURL.staff(.statements(.compareRevisions(.value(statementID), .value(key)))).path,
            .div(.class("filters"),
                Fields.select("from", label: "Compare", options: options, selected: String(from), errors: FieldErrors()),
                Fields.select("to", label: "with", options: options, selected: String(to), errors: FieldErrors()),
                Fields.button("Compare revisions", secondary: true)))
    }
}
