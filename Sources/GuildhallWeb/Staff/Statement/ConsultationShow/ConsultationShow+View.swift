import Foundation
import GuildhallCore
import Plot

extension ConsultationShow {
    static func view(_ context: PageContext, _ model: Model, entry: ConsultationForms.Commenting,
                     disposing: (UUID, ConsultationForms.Disposing)?) -> HTML {
        let awaiting = model.comments.filter { $0.disposition == nil }.count
        let proForma = model.sections
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.statements(.consultations(.value(model.statementID)))).path, "Back to consultation"),
            UI.heading(model.heading, caption: model.title),
            .p(.class("body"), .plain("The draft below is frozen as it was shared on \(LondonTime.format(model.sharedAt)). \(model.comments.count) comment\(model.comments.count == 1 ? "" : "s"), \(awaiting) awaiting an answer.")),
            .if(model.canComment, .group(
                .h2(.class("heading-m"), .plain("Comment on a section")),
                Fields.post(action: SiteURL.staff(.statements(.consultationComments(.value(model.id)))).path, csrf: context.csrfToken,
                    Fields.select("section", label: "Section", options: proForma.map { .init(value: $0.key, label: "\($0.number). \($0.title)") },
                                  selected: entry.section, errors: context.errors),
                    Fields.textarea("text", label: "Comment", value: entry.text ?? "", errors: context.errors),
                    Fields.button("Add comment")))),
            .group(proForma.map { section in
                .section(.attr("aria-labelledby", "shared-\(section.key)"),
                    .h2(.class("heading-m"), .id("shared-\(section.key)"), .plain("\(section.number). \(section.title)")),
                    .p(.class("hint"), .plain(section.revision.map { "As shared: revision \($0)" } ?? "Not yet written when shared")),
                    .unwrap(section.content) { content in
                        UI.details("Read the section as shared",
                                   SectionContentView.content(content, kind: section.kind))
                    },
                    .group(model.comments.filter { $0.section == section.key }.map { comment(context, $0, canDispose: model.canDispose, disposing: disposing) }))
            })
        )
    }

    static func comment(_ context: PageContext, _ comment: Model.Remark, canDispose: Bool,
                        disposing: (UUID, ConsultationForms.Disposing)?) -> Node<HTML.BodyContext> {
        let id = comment.id
        let entry = disposing?.0 == id ? disposing?.1 : nil
        return .div(.class("comment"), .id("comment-\(id)"),
            .h3(.class("heading-s"), .plain("Comment from \(comment.author)")),
            .p(.class("body"), .plain(comment.text)),
            .p(.class("body"), .unwrap(comment.disposition, { disposition in
                .group(UI.tag(label(disposition), disposition == .notAccepted ? .grey : .green),
                       .plain(" " + (comment.response ?? "")),
                       .unwrap(comment.incorporatedIn) { .plain(" (incorporated in revision \($0))") })
            }, else: UI.tag("Awaiting an answer", .yellow))),
            .if(canDispose, UI.details((comment.disposition == nil ? "Answer the comment from " : "Change the answer to the comment from ") + comment.author, open: entry != nil,
                Fields.post(action: SiteURL.staff(.statements(.disposition(.value(id)))).path, csrf: context.csrfToken,
                    Fields.choices("disposition-\(id)", legend: "Disposition",
                                   options: Comment.Disposition.allCases.map { .init(value: $0.rawValue, label: label($0)) },
                                   selected: [entry?.disposition ?? comment.disposition?.rawValue ?? ""], errors: context.errors, multiple: false,
                                   fieldName: "disposition"),
                    Fields.textarea("response-\(id)", label: "Response", hint: "The consultee reads this.", value: entry?.response ?? comment.response ?? "",
                                    errors: context.errors, rows: 3, fieldName: "response"),
                    Fields.button("Save answer", secondary: true))))
        )
    }

    static func label(_ disposition: Comment.Disposition) -> String {
        switch disposition {
        case .incorporated: "Incorporated"
        case .noted: "Noted"
        case .notAccepted: "Not accepted"
        }
    }
}
