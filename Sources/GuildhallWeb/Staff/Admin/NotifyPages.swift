import Foundation
import GuildhallCore
import Plot

/// The administrator's page for the organisation's GOV.UK Notify service.
enum NotifyPages {
    struct Model {
        var organisation: String
        /// What is kept, when Notify is set up.
        var service: (keyName: String, serviceID: String, updatedAt: Date, updatedBy: String)?
        var baseURL: String
        var templates: [String: String]
        var callbackURL: String
    }

    static func show(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.heading("GOV.UK Notify", caption: model.organisation),
            .p(.class("body"), .plain("Residents are told when their case is received, updated and closed, and officers when a case is referred to them and each morning of their cases due soon. The messages are sent through your council’s GOV.UK Notify service, with a template for each.")),
            .unwrap(model.service, { service in
                UI.summaryList([
                    .init(key: "API key", value: .plain("“\(service.keyName)”, kept sealed: it is not shown again")),
                    .init(key: "Notify service id", value: .plain(service.serviceID)),
                    .init(key: "Last changed", value: .plain("\(LondonTime.format(service.updatedAt)) by \(service.updatedBy)")),
                    .init(key: "Delivery receipts", value: .group(
                        .p(.class("body"), .plain("Give Notify this callback URL and the bearer token shown when it was made:")),
                        .p(.class("body"), .code(.plain(model.callbackURL))))),
                ])
            }, else: UI.banner(.information, title: "Notify is not set up",
                .p(.class("body"), .plain("Messages are written to the log and listed on the outbox page instead of being sent.")))),
            Fields.post(action: SiteURL.staff(.admin(.notify)).path, csrf: context.csrfToken,
                Fields.text("apiKey", label: "API key", hint: model.service == nil
                    ? "From your Notify service’s API integration page: a live key, or a team key while you test"
                    : "Leave it empty to keep the key you gave before", errors: context.errors, type: "password", autocomplete: "off", spellcheck: false),
                Fields.text("baseURL", label: "Notify’s address", hint: "Leave it empty for GOV.UK Notify itself, \(NotifyService.defaultBaseURL)",
                            value: model.baseURL, errors: context.errors, spellcheck: false),
                .h2(.class("heading-m"), .plain("Templates")),
                .p(.class("body"), .plain("Make a template in Notify for each, using the fields listed in double brackets, like ((reference)), and give its template id here. Residents who agreed only to texts are sent the text message templates.")),
                .group(NotifyTemplate.all.map { template in
                    Fields.text("template-\(template.name)", label: "\(template.label) (\(template.name))",
                                hint: "Fields: " + template.event.fields.map { "((\($0)))" }.joined(separator: ", "),
                                value: model.templates[template.name] ?? "", errors: context.errors, spellcheck: false)
                }),
                Fields.button("Save Notify settings")
            ),
            .if(model.service != nil, .group(
                .h2(.class("heading-m"), .plain("Callback token")),
                .p(.class("body"), .a(.href(SiteURL.staff(.admin(.notifyCallbackToken)).path), .plain("Make a new callback token")),
                   .plain(" if the old one may have been seen by someone who should not have it.")))
            )
        )
    }

    static func confirmNewToken(_ context: PageContext) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.notify)).path),
            UI.heading("Make a new callback token?"),
            .p(.class("body"), .plain("The old token stops working at once: Notify’s delivery receipts are refused until you give Notify the new one, under API integration in your Notify service.")),
            Fields.post(action: SiteURL.staff(.admin(.notifyCallbackToken)).path, csrf: context.csrfToken,
                .div(.class("button-group"),
                     Fields.button("Make a new token", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.admin(.notify)).path), .plain("Cancel"))))
        )
    }

    /// The callback token, shown the once.
    static func token(_ context: PageContext, token: String, callbackURL: String) -> HTML {
        Layout.page(context,
            UI.banner(.success, title: "Notify settings saved", .p(.class("body"), .plain("Copy the callback token now: it will not be shown again."))),
            UI.heading("Delivery receipts"),
            .p(.class("body"), .plain("In your Notify service, under API integration, set the callback for delivery receipts to this URL and bearer token.")),
            UI.summaryList([.init(key: "Callback URL", value: .code(.plain(callbackURL)))]),
            .div(.class("form-group"),
                 .el("label", .class("label"), .attr("for", "token"), .plain("Bearer token")),
                 .el("input", .class("input input--code"), .attr("id", "token"), .attr("type", "text"), .attr("readonly", "readonly"),
                     .attr("value", token), .attr("spellcheck", "false"))),
            .p(.class("body"), .a(.href(SiteURL.staff(.admin(.notify)).path), .plain("Back to GOV.UK Notify")))
        )
    }
}
