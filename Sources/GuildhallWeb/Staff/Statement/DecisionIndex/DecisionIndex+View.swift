import Foundation
import GuildhallCore
import Plot

extension DecisionIndex {
    static func view(_ context: PageContext, _ model: Model, entry: ConsultationForms.Deciding) -> HTML {
        let id = Parameter<UUID>.value(model.statementID)
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.statement(id))).path, "Back to the statement"),
            UI.heading("Decisions", caption: "\(model.title), version \(model.version)"),
            .p(.class("body"), .plain("The statement is approved by \(model.chain.map(\.name).joined(separator: ", then ")). The final statement can be submitted once \(model.chain.last?.name ?? "the last body") has approved it.")),
            model.decisions.isEmpty
                ? .p(.class("body"), .plain("No decision has been recorded."))
                : UI.table(caption: "Decisions taken", head: ["Date", "Body", "Outcome", "Minute"], rows: model.decisions.map { decision in
                    [.plain(decision.decidedOn.longDescription), .plain(decision.body), .plain(decision.outcome), .plain(decision.minute)]
                }),
            .if(model.canDecide, .group(
                .h2(.class("heading-m"), .plain("Record a decision")),
                Fields.post(action: SiteURL.staff(.statements(.decisions(id))).path, csrf: context.csrfToken,
                    Fields.select("body", label: "Body", options: model.chain.map { .init(value: $0.slug, label: $0.name) }, selected: entry.body, errors: context.errors),
                    Fields.choices("outcome", legend: "Outcome", options: Decision.Outcome.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                   selected: [entry.outcome ?? ""], errors: context.errors, multiple: false),
                    Fields.text("delegatedTo", label: "Officer delegated to make the amendments", hint: "Only when approved with amendments",
                                value: entry.delegatedTo ?? "", errors: context.errors),
                    Fields.text("decidedOn", label: "Date of the decision", hint: "For example, 2003-11-20", value: entry.decidedOn ?? "", errors: context.errors, width: "10"),
                    Fields.text("minute", label: "Minute reference", hint: "For example, C/123", value: entry.minute ?? "", errors: context.errors, width: "10"),
                    Fields.button("Record decision"))))
        )
    }
}
