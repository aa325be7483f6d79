import Foundation
import GuildhallCore
import Plot

extension RevisionCompare {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        let definition = model.definition, before = model.before, after = model.after
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.section(.value(model.statementID), .value(definition.key)))).path, "Back to \(definition.title)"),
            UI.heading("Revision \(before.number) and revision \(after.number)", caption: "\(definition.number). \(definition.title)"),
            SectionShow.compareForm(statementID: model.statementID, key: definition.key, revisions: model.revisions, from: before.number, to: after.number),
            .p(.class("body"), .plain("Revision \(before.number) was saved \(LondonTime.format(before.savedAt)) by \(before.savedBy); revision \(after.number) \(LondonTime.format(after.savedAt)) by \(after.savedBy).")),
            model.changes.isEmpty
                ? .p(.class("body"), .plain("The two revisions are the same."))
                : .div(.class("changes"), UI.table(caption: "What changed", head: ["Field", "Revision \(before.number)", "Revision \(after.number)"], rows: model.changes.map { change in
                    [.plain(change.path), .unwrap(change.before, { .el("del", .plain($0)) }, else: .plain("(none)")),
                     .unwrap(change.after, { .el("ins", .plain($0)) }, else: .plain("(none)"))]
                }))
        )
    }
}
