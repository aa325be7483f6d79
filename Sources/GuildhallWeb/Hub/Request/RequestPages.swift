import GuildhallCore
import Plot

/// The pages of an online form, one thing to a page as GOV.UK's patterns have it.
enum RequestPages {
    /// A form on one of the journey's pages: posted back to itself, remembering whether the
    /// resident came from the check page to change one answer.
    private static func form(_ context: PageContext, action: String, changing: Bool, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        Fields.post(action: action, csrf: context.csrfToken,
            .if(changing, .input(.type(.hidden), .name("change"), .value("1"))),
            .group(nodes),
            Fields.button("Continue"))
    }

    static func question(_ context: PageContext, service: String, question: FormQuestion, answers: [String], action: String, back: String,
                         changing: Bool) -> HTML {
        let field = "attribute[\(question.code)]"
        let hint = question.hint.isEmpty ? nil : question.hint
        let label = question.question + (question.required ? "" : " (optional)")
        let input: Node<HTML.BodyContext> = switch question.datatype {
        case .singlevaluelist, .multivaluelist:
            Fields.choices(question.code, legend: label, hint: hint, options: question.values.map { .init(value: $0.key, label: $0.name) },
                           selected: Set(answers), errors: context.errors, multiple: question.datatype == .multivaluelist, fieldName: field,
                           isPageHeading: true)
        case .text:
            Fields.textarea(question.code, label: label, hint: hint, value: answers.first ?? "", errors: context.errors, fieldName: field, isPageHeading: true)
        case .string, .number, .datetime:
            Fields.text(question.code, label: label, hint: hint ?? (question.datatype == .datetime ? "For example, 2026-12-01" : nil),
                        value: answers.first ?? "", errors: context.errors, fieldName: field,
                        inputMode: question.datatype == .number ? "decimal" : nil, isPageHeading: true)
        }
        return Layout.page(context,
            UI.backLink(back),
            .span(.class("caption-l"), .plain(service)),
            form(context, action: action, changing: changing, input))
    }

    static func location(_ context: PageContext, service: String, draft: RequestDraft, required: Bool, action: String, back: String, changing: Bool) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading("Where is it?" + (required ? "" : " (optional)"), caption: service),
            .p(.class("body"), .plain("Give a postcode, or describe where it is, or both. If you know them, you can give the latitude and longitude instead.")),
            form(context, action: action, changing: changing,
                Fields.text("postcode", label: "Postcode", hint: "For example, WV1 2AB", value: draft.postcode, errors: context.errors,
                            autocomplete: "postal-code", width: "10"),
                Fields.textarea("address", label: "Address or description of the place", hint: "For example, outside 12 High Street, by the bus stop",
                                value: draft.address, errors: context.errors, rows: 3),
                .el("details", .class("details"),
                    .el("summary", .class("details__summary"), .span(.class("details__summary-text"), .plain("Give the latitude and longitude instead"))),
                    .div(.class("details__text"),
                        Fields.text("lat", label: "Latitude", hint: "For example, 52.586214", value: draft.latitude, errors: context.errors, width: "10",
                                    inputMode: "decimal"),
                        Fields.text("long", label: "Longitude", hint: "For example, -2.129821", value: draft.longitude, errors: context.errors, width: "10",
                                    inputMode: "decimal"))))
        )
    }

    struct Nearby: Equatable {
        var reference: String
        var status: String
        var receivedOn: String
        var place: String
    }

    static func nearby(_ context: PageContext, service: String, cases: [Nearby], next: String, back: String) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading("Is it one of these?", caption: service),
            .p(.class("body"), .plain("These have been reported near the place you gave and are still open. If yours is one of them, you can follow it instead of reporting it again.")),
            .ul(.class("list"), .group(cases.map { item in
                .li(.a(.href(SiteURL.hub(.request(.value(item.reference))).path), .plain("Follow \(item.reference)")),
                    .p(.class("hint"), .plain("\(item.status), reported \(item.receivedOn)\(item.place.isEmpty ? "" : ", " + item.place)")))
            })),
            .a(.class("button"), .href(next), .attr("role", "button"), .plain("No, mine is not one of these"))
        )
    }

    static func contact(_ context: PageContext, service: String, draft: RequestDraft, asks: FormContact, action: String, back: String, changing: Bool) -> HTML {
        func label(_ text: String, _ ask: FormAsk) -> String { text + (ask == .required ? "" : " (optional)") }
        return Layout.page(context,
            UI.backLink(back),
            UI.heading("How can we reach you?", caption: service),
            .p(.class("body"), .plain("We use these only to deal with your request. They are never shown on the page where it can be followed.")),
            form(context, action: action, changing: changing,
                .if(asks.name.isAsked, Fields.text("name", label: label("Full name", asks.name), value: draft.name, errors: context.errors, autocomplete: "name",
                                                   spellcheck: false)),
                .if(asks.email.isAsked, Fields.text("email", label: label("Email address", asks.email), value: draft.email, errors: context.errors, type: "email",
                                                    autocomplete: "email", spellcheck: false)),
                .if(asks.phone.isAsked, Fields.text("phone", label: label("Phone number", asks.phone), hint: "For example, 01632 960 001", value: draft.phone,
                                                    errors: context.errors, type: "tel", autocomplete: "tel", width: "20")),
                Fields.choices("updates", legend: "Do you want us to tell you how your request is going?", hint: "We will use the email address or phone number you give",
                               options: [.init(value: "yes", label: "Yes, send me updates"), .init(value: "no", label: "No")],
                               selected: [draft.wantsUpdates ? "yes" : "no"], errors: context.errors, multiple: false))
        )
    }

    struct Row: Equatable {
        var key: String
        var value: String
        var change: String
    }

    static func check(_ context: PageContext, service: String, rows: [Row], action: String, back: String) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading("Check your answers before sending your request", caption: service),
            UI.summaryList(rows.map { row in
                UI.SummaryRow(key: row.key, value: .plain(row.value), action: ("Change", row.change))
            }),
            .h2(.class("heading-m"), .plain("Now send your request")),
            .p(.class("body"), .plain("By sending it you confirm that, to the best of your knowledge, what you have told us is correct.")),
            Fields.post(action: action, csrf: context.csrfToken,
                // Left empty by people, who never see it; filled in by scripts that fill in everything.
                .div(.class("honeypot"), .attr("aria-hidden", "true"),
                     .el("label", .attr("for", "website"), .plain("Leave this blank")),
                     .el("input", .attr("id", "website"), .attr("name", "website"), .attr("type", "text"), .attr("tabindex", "-1"), .attr("autocomplete", "off"))),
                Fields.button("Send request"))
        )
    }

    static func sent(_ context: PageContext, service: String, reference: String, replyBy: CalendarDay?, resolveBy: CalendarDay?, willUpdate: Bool) -> HTML {
        Layout.page(context,
            .div(.class("panel panel--confirmation"),
                .h1(.class("panel__title"), .plain("Request sent")),
                .div(.class("panel__body"), .plain("Your reference is "), .strong(.plain(reference)))),
            .p(.class("body"), .plain("Keep your reference: you will need it to follow your request or to ask about it.")),
            .h2(.class("heading-m"), .plain("What happens next")),
            .p(.class("body"), .plain("We have passed your request about \(service.lowercased()) to the team that deals with it.")),
            .unwrap(replyBy) { .p(.class("body"), .plain("You can expect a reply by \($0.longDescription).")) },
            .unwrap(resolveBy) { .p(.class("body"), .plain("We aim to have dealt with it by \($0.longDescription).")) },
            .p(.class("body"), .plain(willUpdate ? "We will tell you when there is news." : "We will not contact you unless we need to ask you something.")),
            .p(.class("body"), .a(.href(SiteURL.hub(.request(.value(reference))).path), .plain("Follow your request"))),
            .p(.class("body"), .a(.href(SiteURL.hub(.home).path), .plain("Go to the home page")))
        )
    }
}
