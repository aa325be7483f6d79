import GuildhallCore
import Plot

enum SatisfactionPages {
    static func question(_ context: PageContext, reference: String, token: String, answer: Bool?) -> HTML {
        Layout.page(context,
            Fields.post(action: SiteURL.hub(.satisfaction(.value(reference), .value(token))).path, csrf: context.csrfToken,
                Fields.choices("satisfied", legend: "Were you satisfied with how we dealt with request \(reference)?",
                               hint: answer.map { "You answered \($0 ? "yes" : "no"). You can change your answer." },
                               options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                               selected: answer.map { [$0 ? "yes" : "no"] } ?? [], errors: context.errors, multiple: false, isPageHeading: true),
                Fields.button("Send your answer")),
            .p(.class("body"), .a(.href(SiteURL.hub(.request(.value(reference))).path), .plain("See what happened to request \(reference)")))
        )
    }

    static func thanks(_ context: PageContext, reference: String) -> HTML {
        Layout.page(context,
            UI.heading("Thank you for your answer"),
            .p(.class("body"), .plain("It helps us see how well each service is run.")),
            .p(.class("body"), .a(.href(SiteURL.hub(.request(.value(reference))).path), .plain("See what happened to request \(reference)")))
        )
    }
}
