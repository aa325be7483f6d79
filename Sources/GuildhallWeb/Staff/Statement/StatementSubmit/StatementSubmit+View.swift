import Foundation
import GuildhallCore
import Plot

extension StatementSubmit {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        let statement = SiteURL.staff(.statements(.statement(.value(model.id)))).path
        let explanation = model.kind == .final
            ? "The final submission sends the statement as approved. It is frozen with its SHA-256 and can never change, and the statement is then closed to edits."
            : "A draft submission sends the statement as it stands by the deadline. It is frozen with its SHA-256 and can never change; work then continues on version \(model.version + 1)."
        return Layout.page(context,
            UI.backLink(statement, "Back to the statement"),
            UI.heading(model.kind == .final ? "Submit the final statement?" : "Submit a draft?", caption: "\(model.title), version \(model.version)"),
            .p(.class("body"), .plain(explanation)),
            model.isClosed ? .p(.class("body"), .plain(StatementClosed().description)) :
            model.outstanding.isEmpty
                ? Fields.post(action: SiteURL.staff(.statements(.submit(.value(model.id)))).path, csrf: context.csrfToken,
                    .el("input", .attr("type", "hidden"), .attr("name", "kind"), .attr("value", model.kind.rawValue)),
                    .div(.class("button-group"),
                         Fields.button(model.kind == .final ? "Submit the final statement" : "Submit the draft", warning: model.kind == .final),
                         .a(.class("link"), .attr("href", statement), .plain("Cancel"))))
                : .group(
                    .div(.class("error-summary"), .attr("role", "alert"), .attr("aria-labelledby", "outstanding-title"), .attr("tabindex", "-1"),
                        .h2(.class("error-summary__title"), .id("outstanding-title"), .plain("The statement cannot be submitted yet")),
                        .ul(.class("list error-summary__list"), .group(model.outstanding.map { .li(StatementShow.link($0)) }))),
                    .p(.class("body"), .a(.attr("href", statement), .plain("Return to the statement to finish these"))))
        )
    }
}
