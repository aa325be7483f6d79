import Foundation
import GuildhallCore
import Plot

extension ConsultationIndex {
    static func view(_ context: PageContext, _ model: Model, entry: ConsultationForms.Opening) -> HTML {
        let id = Parameter<UUID>.value(model.statementID)
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.statement(id))).path, "Back to the statement"),
            UI.heading("Consultation", caption: "\(model.title), version \(model.version)"),
            .p(.class("body"), .plain("A consultation round shares the draft as it stands with a committee for a meeting. Its members comment on sections; the programme team answers every comment."),
               .plain(" "), .a(.attr("href", SiteURL.staff(.statements(.committees)).path), .plain("See the committees"))),
            model.rounds.isEmpty
                ? .p(.class("body"), .plain("The draft has not been shared yet."))
                : UI.table(caption: "Consultation rounds", head: ["Meeting", "Comments", "Awaiting an answer"], numeric: [1, 2], rows: model.rounds.map { round in
                    [.a(.attr("href", SiteURL.staff(.statements(.consultation(.value(round.id)))).path), .plain("\(round.body), \(round.meetingOn.longDescription)")),
                     .plain(String(round.comments)), .plain(String(round.awaiting))]
                }),
            .if(model.canOpen, .group(
                .h2(.class("heading-m"), .plain("Share the draft with a committee")),
                Fields.post(action: SiteURL.staff(.statements(.consultations(id))).path, csrf: context.csrfToken,
                    Fields.select("body", label: "Committee", options: model.bodies.map { .init(value: $0.slug, label: $0.name) }, selected: entry.body, errors: context.errors),
                    Fields.text("meetingOn", label: "Meeting date", hint: "For example, 2003-11-11", value: entry.meetingOn ?? "", errors: context.errors, width: "10"),
                    Fields.button("Share the draft"))))
        )
    }
}
