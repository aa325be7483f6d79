import GuildhallCore
import Plot

/// Form fields after the GOV.UK Design System: a label, an optional hint and an inline error,
/// tied to the input with `aria-describedby`. A field's id is its name, so the error summary can
/// link straight to it.
enum Fields {
    struct Option {
        var value: String
        var label: String
        var hint: String? = nil
    }

    static func csrf(_ token: String) -> Node<HTML.BodyContext> {
        .input(.type(.hidden), .attribute(named: "name", value: CSRF.fieldName), .attribute(named: "value", value: HTMLEscaping.escape(token)))
    }

    static func post(action: String, csrf token: String, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .el("form", .attr("method", "post"), .attr("action", action), .attr("novalidate", "novalidate"), csrf(token), .group(nodes))
    }

    static func get(action: String, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .el("form", .attr("method", "get"), .attr("action", action), .group(nodes))
    }

    /// `fieldName` is the submitted field's name when it differs from the id; `isPageHeading`
    /// makes the label the page's heading, for a page that asks one question.
    static func text(
        _ name: String, label: String, hint: String? = nil, value: String = "", errors: FieldErrors,
        type: String = "text", autocomplete: String? = nil, width: String? = nil, spellcheck: Bool? = nil,
        fieldName: String? = nil, inputMode: String? = nil, isPageHeading: Bool = false
    ) -> Node<HTML.BodyContext> {
        let error = errors.message(for: name)
        return labelled(name, label: label, hint: hint, error: error, isPageHeading: isPageHeading,
            .el("input",
                .classes("input", width.map { "input--width-\($0)" } ?? "", error == nil ? "" : "input--error"),
                .attr("id", name), .attr("name", fieldName ?? name), .attr("type", type), .attr("value", value),
                .unwrap(autocomplete) { .attr("autocomplete", $0) },
                .unwrap(inputMode) { .attr("inputmode", $0) },
                .unwrap(spellcheck) { .attr("spellcheck", $0 ? "true" : "false") },
                describedBy(name, hint: hint, error: error)
            )
        )
    }

    /// `fieldName` is the submitted field's name when several forms on a page share it; `id` then tells them apart.
    static func textarea(_ id: String, label: String, hint: String? = nil, value: String, errors: FieldErrors, rows: Int = 5, fieldName: String? = nil,
                         isPageHeading: Bool = false) -> Node<HTML.BodyContext> {
        let error = errors.message(for: id)
        return labelled(id, label: label, hint: hint, error: error, isPageHeading: isPageHeading,
            .el("textarea",
                .classes("textarea", error == nil ? "" : "textarea--error"), .attr("id", id), .attr("name", fieldName ?? id),
                .attr("rows", String(rows)), describedBy(id, hint: hint, error: error), .plain(value)))
    }

    static func select(
        _ name: String, label: String, hint: String? = nil, options: [Option], selected: String?, errors: FieldErrors
    ) -> Node<HTML.BodyContext> {
        let error = errors.message(for: name)
        return labelled(name, label: label, hint: hint, error: error,
            .el("select",
                .classes("select", error == nil ? "" : "select--error"), .attr("id", name), .attr("name", name),
                describedBy(name, hint: hint, error: error),
                .group(options.map { option in
                    // An empty value is written out, or the browser would send the option's label instead.
                    .el("option", .attribute(named: "value", value: HTMLEscaping.escape(option.value), ignoreIfValueIsEmpty: false),
                        .if(option.value == selected, .attr("selected", "selected")), .plain(option.label))
                })
            )
        )
    }

    /// A group of checkboxes (`multiple`) or radios. The first input's id is the group's id,
    /// which is also the submitted field's name unless `fieldName` says otherwise.
    static func choices(
        _ name: String, legend: String, hint: String? = nil, options: [Option], selected: Set<String>,
        errors: FieldErrors, multiple: Bool, fieldName: String? = nil, isPageHeading: Bool = false
    ) -> Node<HTML.BodyContext> {
        let error = errors.message(for: name)
        let kind = multiple ? "checkboxes" : "radios"
        return .div(
            .classes("form-group", error == nil ? "" : "form-group--error"),
            .el("fieldset",
                .class("fieldset"),
                describedBy(name, hint: hint, error: error),
                isPageHeading
                    ? .el("legend", .class("fieldset__legend fieldset__legend--l"), .h1(.class("fieldset__heading"), .plain(legend)))
                    : .el("legend", .class("fieldset__legend"), .plain(legend)),
                hintAndError(name, hint: hint, error: error),
                .div(.class(kind), .group(options.enumerated().map { index, option in
                    let id = index == 0 ? name : "\(name)-\(index + 1)"
                    return .div(
                        .class("\(kind)__item"),
                        .el("input",
                            .class("\(kind)__input"), .attr("id", id), .attr("name", multiple ? "\(fieldName ?? name)[]" : fieldName ?? name),
                            .attr("type", multiple ? "checkbox" : "radio"), .attr("value", option.value),
                            .if(selected.contains(option.value), .attr("checked", "checked")),
                            .unwrap(option.hint) { _ in .attr("aria-describedby", "\(id)-hint") }),
                        .el("label", .class("\(kind)__label"), .attr("for", id), .plain(option.label)),
                        .unwrap(option.hint) { .div(.class("hint \(kind)__hint"), .attr("id", "\(id)-hint"), .plain($0)) }
                    )
                }))
            )
        )
    }

    static func button(_ text: String, secondary: Bool = false, warning: Bool = false) -> Node<HTML.BodyContext> {
        .el("button", .attr("type", "submit"), .classes("button", secondary ? "button--secondary" : "", warning ? "button--warning" : ""), .plain(text))
    }

    /// A form group with a label, then the hint and error, then the control itself.
    private static func labelled(_ name: String, label: String, hint: String?, error: String?, isPageHeading: Bool = false,
                                 _ control: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(
            .classes("form-group", error == nil ? "" : "form-group--error"),
            isPageHeading
                ? .h1(.class("label-wrapper"), .el("label", .class("label label--l"), .attr("for", name), .plain(label)))
                : .el("label", .class("label"), .attr("for", name), .plain(label)),
            hintAndError(name, hint: hint, error: error),
            control
        )
    }

    private static func hintAndError(_ name: String, hint: String?, error: String?) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(hint) { .div(.class("hint"), .attr("id", "\(name)-hint"), .plain($0)) },
            .unwrap(error) { .p(.class("error-message"), .attr("id", "\(name)-error"), .span(.class("visually-hidden"), .plain("Error: ")), .plain($0)) }
        )
    }

    private static func describedBy(_ name: String, hint: String?, error: String?) -> Node<HTML.BodyContext> {
        let ids = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return ids.isEmpty ? .empty : .attr("aria-describedby", ids.joined(separator: " "))
    }
}
