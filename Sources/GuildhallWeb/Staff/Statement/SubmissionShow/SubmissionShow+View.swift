import Foundation
import GuildhallCore
import Plot

extension SubmissionShow {
    static func view(_ context: PageContext, _ model: Model, entry: SubmissionsController.ReviewForm) -> HTML {
        let id = model.id
        return Layout.page(context,
            model.isOwn ? UI.backLink(SiteURL.staff(.statements(.statement(.value(model.statementID)))).path, "Back to the statement")
                  : UI.backLink(SiteURL.staff(.statements(.national)).path(query: ["year": String(model.year)]), "Back to the national view"),
            UI.heading("\(model.kind == .final ? "Final" : "Draft") submission, version \(model.version)",
                       caption: "\(model.organisation), \(model.year) statement"),
            UI.summaryList([
                .init(key: "Submitted", value: .plain(LondonTime.format(model.submittedAt))),
                .init(key: "Submitted by", value: .plain(model.submittedBy)),
                .init(key: "SHA-256 of the data", value: .el("code", .class("hash"), .plain(model.sha256))),
                .init(key: "BVPI 157", value: .plain(Format.percent(model.bvpi157))),
                .init(key: "Review", value: .plain(model.review ?? "Not yet reviewed")),
            ]),
            .p(.class("body"), .plain("The submission is frozen: it never changes, whatever happens to the catalogue or the statement afterwards. The SHA-256 is taken of the JSON document exactly as it downloads.")),
            .h2(.class("heading-m"), .plain("Documents")),
            .ul(.class("list"),
                .li(.a(.attr("href", SiteURL.staff(.statements(.submissionDocument(.value(id), .value("document.html")))).path), .plain("Print-ready document (HTML, A4)"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.submissionDocument(.value(id), .value("submission.json")))).path), .plain("Data (JSON)"))),
                .li(.a(.attr("href", SiteURL.staff(.statements(.submissionDocument(.value(id), .value("submission.xml")))).path), .plain("Data (XML)"))),
                .group(model.tables.map { table in
                    .li(.a(.attr("href", SiteURL.staff(.statements(.submissionDocument(.value(id), .value("\(table.name).csv")))).path), .plain("\(table.title) (CSV)")))
                })),
            .if(model.all.count > 1, .group(
                .h2(.class("heading-m"), .plain("Every submission of this statement")),
                UI.table(caption: "Submissions of the \(model.year) statement", head: ["Submitted", "Kind", "Version", "BVPI 157", "Review"], numeric: [2, 3],
                         rows: model.all.map { other in
                             let when = LondonTime.format(other.submittedAt)
                             return [other.id == model.id ? .group(.plain(when), .plain(" (this one)")) : .a(.attr("href", SiteURL.staff(.statements(.submission(.value(other.id)))).path), .plain(when)),
                                     .plain(other.kind == .final ? "Final" : "Draft"), .plain(String(other.version)), .plain(Format.percent(other.bvpi157)),
                                     .plain(other.review ?? "Not yet reviewed")]
                         }))),
            .h2(.class("heading-m"), .plain("Reviews")),
            model.reviews.isEmpty ? .p(.class("body"), .plain("Central government has not reviewed this submission yet.")) :
                UI.table(caption: "Reviews by central government", head: ["Reviewed", "Outcome", "Grant", "Reasons", "Reviewer"], numeric: [2], rows: model.reviews.map { review in
                    [.plain(LondonTime.format(review.reviewedAt)), .plain(review.outcome), .plain(Format.pounds(review.grant)),
                     .plain(review.reasons.isEmpty ? "–" : review.reasons), .plain(review.reviewer)]
                }),
            .if(model.canReview, .group(
                .h2(.class("heading-m"), .plain("Review the submission")),
                Fields.post(action: SiteURL.staff(.statements(.submissionReviews(.value(id)))).path, csrf: context.csrfToken,
                    Fields.choices("outcome", legend: "Outcome", options: SubmissionReview.Outcome.allCases.map { outcome in
                        .init(value: outcome.rawValue, label: outcome.label,
                              hint: outcome == .satisfactory ? "Releases the grant below." : "The organisation is told the reasons and submits again.")
                    }, selected: [entry.outcome ?? ""], errors: context.errors, multiple: false),
                    Fields.text("grant", label: "Grant released (£)", hint: "When satisfactory, in whole pounds, for example 200000", value: entry.grant ?? "",
                                errors: context.errors, width: "10"),
                    Fields.textarea("reasons", label: "Reasons", hint: "Required when the statement must be resubmitted", value: entry.reasons ?? "", errors: context.errors),
                    Fields.button("Record review"))))
        )
    }
}
