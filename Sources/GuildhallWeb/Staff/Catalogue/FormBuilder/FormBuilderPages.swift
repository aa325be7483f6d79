import Foundation
import GuildhallCore
import Plot

enum FormBuilderPages {
    struct Model {
        var serviceID: UUID
        var service: String
        var status: String
        var isPublished: Bool
        var draft: FormDraft
        var types: [InteractionType]
        var serviceURL: String
    }

    private static let asks: [Fields.Option] = [
        .init(value: FormAsk.none.rawValue, label: "Do not ask"), .init(value: FormAsk.optional.rawValue, label: "Ask, but let them leave it out"),
        .init(value: FormAsk.required.rawValue, label: "Ask, and require it"),
    ]

    static func builder(_ context: PageContext, _ model: Model) -> HTML {
        let id = Parameter<UUID>.value(model.serviceID)
        let draft = model.draft
        return Layout.page(context,
            UI.backLink(model.serviceURL, "Back to \(model.service)"),
            UI.heading("Online form", caption: model.service),
            UI.summaryList([.init(key: "Status", value: .plain(model.status))]),
            .p(.class("body"), .plain("The form draws the pages residents fill in on the public site and is the service’s Open311 definition. Once it is published, its interaction counts as verified e-enabled.")),
            .h2(.class("heading-m"), .plain("Questions")),
            draft.questions.isEmpty
                ? .p(.class("body"), .plain("There are no questions yet. A form can also ask only where and how to reach the resident."))
                : UI.table(caption: "Questions, in the order they are asked", head: ["Question", "Code", "Answer", "Required", "Actions"],
                           rows: draft.questions.enumerated().map { index, question in
                    let position = Parameter<Int>.value(index + 1)
                    let hidden = " “\(question.question)”"
                    return [
                        .plain(question.question), .code(.plain(question.code)),
                        .plain(FormDatatype(rawValue: question.datatype)?.label ?? question.datatype), .plain(question.required == "true" ? "Yes" : "No"),
                        .div(.class("button-group"),
                             .a(.class("link"), .href(SiteURL.staff(.catalogue(.formQuestion(id, position))).path), .plain("Change"), .span(.class("visually-hidden"), .plain(hidden))),
                             .if(index > 0, move(context, id, position, "up", hidden)),
                             .if(index < draft.questions.count - 1, move(context, id, position, "down", hidden)),
                             .a(.class("link"), .href(SiteURL.staff(.catalogue(.removeFormQuestion(id, position))).path), .plain("Remove"), .span(.class("visually-hidden"), .plain(hidden)))),
                    ]
                }),
            .unwrap(context.errors.message(for: "questions")) { .p(.class("error-message"), .plain($0)) },
            .p(.class("body"),
               .a(.class("button button--secondary"), .href(SiteURL.staff(.catalogue(.newFormQuestion(id))).path), .attr("role", "button"), .plain("Add a question")),
               .plain(" "),
               .a(.class("link"), .href(SiteURL.staff(.catalogue(.previewForm(id))).path), .plain("Preview the form"))),
            .h2(.class("heading-m"), .plain("Settings")),
            Fields.post(action: SiteURL.staff(.catalogue(.form(id))).path, csrf: context.csrfToken,
                Fields.select("interactionType", label: "What residents do with it", hint: "The BVPI 157 interaction the form carries out",
                              options: model.types.map { .init(value: String($0.code), label: "\($0.code). \($0.label)") },
                              selected: draft.interactionType, errors: context.errors),
                Fields.choices("location", legend: "Ask where it is?", hint: "Residents give a postcode, an address or the coordinates; a map is never the only way",
                               options: asks, selected: [draft.location], errors: context.errors, multiple: false),
                Fields.select("contactName", label: "Their name", options: asks, selected: draft.contactName, errors: context.errors),
                Fields.select("contactEmail", label: "Their email address", options: asks, selected: draft.contactEmail, errors: context.errors),
                Fields.select("contactPhone", label: "Their phone number", options: asks, selected: draft.contactPhone, errors: context.errors),
                Fields.text("publishedFrom", label: "Published from (optional)", hint: "The first day residents can use it, like 2026-12-01. Leave it empty to keep the form a draft.",
                            value: draft.publishedFrom, errors: context.errors, width: "10"),
                Fields.button("Save settings")),
            .if(model.isPublished, Fields.post(action: SiteURL.staff(.catalogue(.unpublishForm(id))).path, csrf: context.csrfToken,
                .p(.class("body"), .plain("Unpublishing takes the form off the public site and out of Open311 at once; requests already made are kept.")),
                Fields.button("Unpublish the form", warning: true)))
        )
    }

    private static func move(_ context: PageContext, _ id: Parameter<UUID>, _ position: Parameter<Int>, _ direction: String,
                             _ hidden: String) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.staff(.catalogue(.moveFormQuestion(id, position))).path), .class("inline-form"),
              .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrfToken)),
              .input(.type(.hidden), .name("direction"), .value(direction)),
              .button(.class("link-button"), .type(.submit), .plain("Move \(direction)"), .span(.class("visually-hidden"), .plain(hidden))))
    }

    static func question(_ context: PageContext, service: String, question: FormDraft.Question, action: String, back: String) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading(question.code.isEmpty ? "Add a question" : "Change a question", caption: service),
            Fields.post(action: action, csrf: context.csrfToken,
                Fields.text("question", label: "Question", hint: "As the resident reads it, like How deep is the pothole?", value: question.question, errors: context.errors),
                Fields.text("hint", label: "Hint (optional)", hint: "Help with answering, shown under the question", value: question.hint, errors: context.errors),
                Fields.text("code", label: "Code", hint: "How programs name the answer: lower-case letters, digits, hyphens and underscores, like depth",
                            value: question.code, errors: context.errors, width: "20", spellcheck: false),
                Fields.choices("datatype", legend: "Kind of answer", options: FormDatatype.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: [question.datatype], errors: context.errors, multiple: false),
                Fields.textarea("values", label: "Choices, for a list (one to a line)", hint: "Like deep = 4 cm or more. A line without = makes its own key.",
                                value: question.valueLines, errors: context.errors),
                Fields.choices("required", legend: "Must the resident answer it?", options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No, it is optional")],
                               selected: [question.required == "true" ? "yes" : "no"], errors: context.errors, multiple: false),
                Fields.button("Save question"))
        )
    }

    static func confirmRemove(_ context: PageContext, question: String, action: String, back: String) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading("Remove the question “\(question)”?"),
            .p(.class("body"), .plain("Requests already made keep their answers to it. A published form changes for residents at once.")),
            Fields.post(action: action, csrf: context.csrfToken,
                .div(.class("button-group"), Fields.button("Remove question", warning: true), .a(.class("link"), .href(back), .plain("Cancel"))))
        )
    }

    /// The questions as residents will see them, one after another, with nothing to send.
    static func preview(_ context: PageContext, service: String, definition: FormDefinition?, back: String) -> HTML {
        Layout.page(context,
            UI.backLink(back),
            UI.heading("Preview", caption: service),
            .unwrap(definition, { definition in
                .group(
                    .p(.class("body"), .plain("Residents see each question on a page of its own, then the pages below, then a check of their answers.")),
                    .group(definition.questions.map { question in
                        .div(.class("preview"),
                            .h2(.class("heading-m"), .plain(question.question + (question.required ? "" : " (optional)"))),
                            .unwrap(question.hint.nilIfEmpty) { .p(.class("hint"), .plain($0)) },
                            question.datatype.isList
                                ? .ul(.class("list list--bullet"), .group(question.values.map { .li(.plain($0.name)) }))
                                : .p(.class("hint"), .plain(question.datatype.label)))
                    }),
                    .if(definition.location.isAsked, .div(.class("preview"), .h2(.class("heading-m"), .plain("Where is it?" + (definition.location == .required ? "" : " (optional)"))),
                                                          .p(.class("hint"), .plain("A postcode, an address or description, or the latitude and longitude")))),
                    .div(.class("preview"), .h2(.class("heading-m"), .plain("How can we reach you?")),
                         .ul(.class("list list--bullet"), .group([("Full name", definition.contact.name), ("Email address", definition.contact.email),
                                                                  ("Phone number", definition.contact.phone)].filter { $0.1.isAsked }.map { label, ask in
                             .li(.plain(label + (ask == .required ? "" : " (optional)")))
                         }))))
            }, else: .p(.class("body"), .plain("The form cannot be previewed until its settings and questions are right.")))
        )
    }
}
