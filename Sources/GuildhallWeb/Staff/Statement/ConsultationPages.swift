import Foundation
import GuildhallCore
import Plot

enum ConsultationPages {
    static func rounds(
        _ context: PageContext, statement: Statement, consultations: [Consultation], bodies: [GoverningBody],
        entry: ConsultationForms.Opening, canOpen: Bool
    ) -> HTML {
        let id = statement.id!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.statement(.value(id)))).path, "Back to the statement"),
            UI.heading("Consultation", caption: "\(statement.proForma.title), version \(statement.version)"),
            .p(.class("body"), .plain("A consultation round shares the draft as it stands with a committee for a meeting. Its members comment on sections; the programme team answers every comment."),
               .plain(" "), .a(.attr("href", SiteURL.staff(.statements(.committees)).path), .plain("See the committees"))),
            consultations.isEmpty
                ? .p(.class("body"), .plain("The draft has not been shared yet."))
                : UI.table(caption: "Consultation rounds", head: ["Meeting", "Comments", "Awaiting an answer"], numeric: [1, 2], rows: consultations.map { round in
                    [.a(.attr("href", SiteURL.staff(.statements(.consultation(.value(round.id!)))).path), .plain("\(round.body.name), \(round.meetingOn.longDescription)")),
                     .plain(String(round.comments.count)), .plain(String(round.comments.filter { $0.disposition == nil }.count))]
                }),
            .if(canOpen, .group(
                .h2(.class("heading-m"), .plain("Share the draft with a committee")),
                Fields.post(action: SiteURL.staff(.statements(.consultations(.value(id)))).path, csrf: context.csrfToken,
                    Fields.select("body", label: "Committee", options: bodies.map { .init(value: $0.slug, label: $0.name) }, selected: entry.body, errors: context.errors),
                    Fields.text("meetingOn", label: "Meeting date", hint: "For example, 2003-11-11", value: entry.meetingOn ?? "", errors: context.errors, width: "10"),
                    Fields.button("Share the draft"))))
        )
    }

    static func consultation(
        _ context: PageContext, consultation: Consultation, statement: Statement, shared: [String: SectionRevision],
        entry: ConsultationForms.Commenting, disposing: (UUID, ConsultationForms.Disposing)?, canComment: Bool, canDispose: Bool
    ) -> HTML {
        let comments = consultation.comments.sorted { $0.createdAt < $1.createdAt }
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.consultations(.value(statement.id!)))).path, "Back to consultation"),
            UI.heading("\(consultation.body.name): \(consultation.meetingOn.longDescription)", caption: statement.proForma.title),
            .p(.class("body"), .plain("The draft below is frozen as it was shared on \(LondonTime.format(consultation.createdAt)). \(comments.count) comment\(comments.count == 1 ? "" : "s"), \(comments.filter { $0.disposition == nil }.count) awaiting an answer.")),
            .if(canComment, .group(
                .h2(.class("heading-m"), .plain("Comment on a section")),
                Fields.post(action: SiteURL.staff(.statements(.consultationComments(.value(consultation.id!)))).path, csrf: context.csrfToken,
                    Fields.select("section", label: "Section", options: statement.proForma.sections.map { .init(value: $0.key, label: "\($0.number). \($0.title)") },
                                  selected: entry.section, errors: context.errors),
                    Fields.textarea("text", label: "Comment", value: entry.text ?? "", errors: context.errors),
                    Fields.button("Add comment")))),
            .group(statement.proForma.sections.map { definition in
                let revision = shared[definition.key]
                let sectionComments = comments.filter { $0.section == definition.key }
                return .section(.attr("aria-labelledby", "shared-\(definition.key)"),
                    .h2(.class("heading-m"), .id("shared-\(definition.key)"), .plain("\(definition.number). \(definition.title)")),
                    .p(.class("hint"), .plain(revision.map { "As shared: revision \($0.number)" } ?? "Not yet written when shared")),
                    .unwrap(revision) { revision in
                        UI.details("Read the section as shared",
                            SectionContentView.content(
                                StatementRecord.Section(key: definition.key, number: definition.number, title: definition.title, status: "", revision: revision.number,
                                                        content: try? JSONValue.parse(revision.content)),
                                kind: definition.kind))
                    },
                    .group(sectionComments.map { comment in commentBlock(comment, context: context, canDispose: canDispose, disposing: disposing) }))
            })
        )
    }

    static func commentBlock(_ comment: Comment, context: PageContext, canDispose: Bool, disposing: (UUID, ConsultationForms.Disposing)?) -> Node<HTML.BodyContext> {
        let id = comment.id!
        let entry = disposing?.0 == comment.id ? disposing?.1 : nil
        return .div(.class("comment"), .id("comment-\(id)"),
            .h3(.class("heading-s"), .plain("Comment from \(Format.person(comment.author))")),
            .p(.class("body"), .plain(comment.text)),
            .p(.class("body"), .unwrap(comment.disposition, { disposition in
                .group(UI.tag(dispositionLabel(disposition), disposition == .notAccepted ? .grey : .green),
                       .plain(" " + (comment.response ?? "")),
                       .unwrap(comment.incorporatedIn) { .plain(" (incorporated in revision \($0))") })
            }, else: UI.tag("Awaiting an answer", .yellow))),
            .if(canDispose, UI.details((comment.disposition == nil ? "Answer the comment from " : "Change the answer to the comment from ") + Format.person(comment.author), open: entry != nil,
                Fields.post(action: SiteURL.staff(.statements(.disposition(.value(id)))).path, csrf: context.csrfToken,
                    Fields.choices("disposition-\(id)", legend: "Disposition",
                                   options: Comment.Disposition.allCases.map { .init(value: $0.rawValue, label: dispositionLabel($0)) },
                                   selected: [entry?.disposition ?? comment.disposition?.rawValue ?? ""], errors: context.errors, multiple: false,
                                   fieldName: "disposition"),
                    Fields.textarea("response-\(id)", label: "Response", hint: "The consultee reads this.", value: entry?.response ?? comment.response ?? "",
                                    errors: context.errors, rows: 3, fieldName: "response"),
                    Fields.button("Save answer", secondary: true))))
        )
    }

    static func dispositionLabel(_ disposition: Comment.Disposition) -> String {
        switch disposition {
        case .incorporated: "Incorporated"
        case .noted: "Noted"
        case .notAccepted: "Not accepted"
        }
    }

    static func committees(
        _ context: PageContext, consultative: [GoverningBody], chain: [GoverningBody], entry: CommitteesController.Form, canAdd: Bool
    ) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.index)).path, "Back to statements"),
            UI.heading("Committees", caption: context.signedIn?.organisation),
            .p(.class("body"), .plain("Drafts of the statement are shared with the consultative bodies for their meetings. The decision chain approves the statement, in order; the final statement can be submitted once the last body has approved it.")),
            .h2(.class("heading-m"), .plain("Consultative bodies")),
            UI.table(caption: "Consultative bodies", head: ["Name", "Short name"], rows: consultative.map { body in
                [.plain(body.name), .el("code", .plain(body.slug))]
            }),
            .h2(.class("heading-m"), .plain("Decision chain")),
            .ol(.class("list list--number"), .group(chain.map { body in .li(.plain(body.name), .plain(" ("), .el("code", .plain(body.slug)), .plain(")")) })),
            .if(canAdd, .group(
                .h2(.class("heading-m"), .plain("Add a consultative body")),
                Fields.post(action: SiteURL.staff(.statements(.committees)).path, csrf: context.csrfToken,
                    Fields.text("name", label: "Name", hint: "For example, Overview and scrutiny committee. Its short name, for the API, is made from it.",
                                value: entry.name ?? "", errors: context.errors),
                    Fields.button("Add body"))))
        )
    }

    static func decisions(
        _ context: PageContext, statement: Statement, decisions: [Decision], chain: [GoverningBody],
        entry: ConsultationForms.Deciding, canDecide: Bool
    ) -> HTML {
        let id = statement.id!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.statement(.value(id)))).path, "Back to the statement"),
            UI.heading("Decisions", caption: "\(statement.proForma.title), version \(statement.version)"),
            .p(.class("body"), .plain("The statement is approved by \(chain.map(\.name).joined(separator: ", then ")). The final statement can be submitted once \(chain.last?.name ?? "the last body") has approved it.")),
            decisions.isEmpty
                ? .p(.class("body"), .plain("No decision has been recorded."))
                : UI.table(caption: "Decisions taken", head: ["Date", "Body", "Outcome", "Minute"], rows: decisions.map { decision in
                    [.plain(decision.decidedOn.longDescription), .plain(decision.body.name),
                     .plain(decision.outcome.label + (decision.delegatedTo.map { ", amendments delegated to \($0)" } ?? "")), .plain(decision.minute)]
                }),
            .if(canDecide, .group(
                .h2(.class("heading-m"), .plain("Record a decision")),
                Fields.post(action: SiteURL.staff(.statements(.decisions(.value(id)))).path, csrf: context.csrfToken,
                    Fields.select("body", label: "Body", options: chain.map { .init(value: $0.slug, label: $0.name) }, selected: entry.body, errors: context.errors),
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
