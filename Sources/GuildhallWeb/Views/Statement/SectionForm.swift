import Foundation
import GuildhallCore
import Plot

/// A section's edit form, drawn from its shape. Each input is named by its path in the content
/// (`text`, `rows[2].volume`), the same path the validator names in its messages, so an error
/// lands beside the input it is about.
enum SectionForm {
    /// Blank rows offered after the existing ones, so that rows can be added without script.
    static let spareRows = 3

    /// The content a submitted form describes, in the API's shape. Rows left wholly blank are
    /// dropped; numbers that do not read as whole numbers are passed on as text, so that the
    /// validator can say what is wrong with them.
    static func content(from form: [String: String], shape: SectionShape) -> JSONValue {
        switch shape {
        case .fields(let columns):
            return .object(Dictionary(uniqueKeysWithValues: columns.map { ($0.key, value($0, form[$0.key])) }))
        case .table(let list, let columns, let fixed):
            let prefix = list + "["
            let indices = Set(form.keys.compactMap { name -> Int? in
                guard name.hasPrefix(prefix), let close = name.firstIndex(of: "]") else { return nil }
                return Int(name[name.index(name.startIndex, offsetBy: prefix.count)..<close])
            }).sorted()
            let rows: [JSONValue] = indices.compactMap { index in
                let raw = columns.map { (column: $0, text: form["\(list)[\(index)].\($0.key)"]) }
                let entered = raw.filter { $0.column.key != fixed?.column }
                guard entered.contains(where: { !($0.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) || fixed != nil else { return nil }
                return .object(Dictionary(uniqueKeysWithValues: raw.map { ($0.column.key, value($0.column, $0.text)) }))
            }
            return .object([list: .array(rows)])
        }
    }

    private static func value(_ column: ContentField, _ raw: String?) -> JSONValue {
        let text = (raw ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if column.input.isNumber, let number = Int(text.filter { !",£ ".contains($0) }) { return .number(Double(number)) }
        return .string(text)
    }

    /// The validator's messages as errors on the fields they name.
    static func errors(_ problems: SectionProblems) -> FieldErrors {
        var errors = FieldErrors()
        for message in problems.messages {
            if let colon = message.range(of: ": ") {
                let path = String(message[..<colon.lowerBound])
                let text = String(message[colon.upperBound...])
                errors.add(field: path, text.prefix(1).uppercased() + text.dropFirst())
            } else {
                errors.add(field: "section-form", message)
            }
        }
        return errors
    }

    static func fields(_ shape: SectionShape, content: JSONValue?, errors: FieldErrors) -> Node<HTML.BodyContext> {
        switch shape {
        case .fields(let columns):
            return .group(columns.map { input($0, name: $0.key, label: $0.label, value: content?.field($0.key), errors: errors) })
        case .table(let list, let columns, let fixed):
            var rows = content?.field(list)?.items ?? []
            if let fixed {
                // One row for each fixed value, in the pro forma's order, whatever was saved.
                rows = fixed.values.map { choice in rows.first { $0.field(fixed.column)?.text == choice.value } ?? .object([fixed.column: .string(choice.value)]) }
            } else {
                rows += Array(repeating: JSONValue.object([:]), count: spareRows)
            }
            let singular = SubmissionXML.itemName(of: list)
            return .div(.id(list), .class("section-rows"),
                .group(rows.enumerated().map { index, row in
                    let fixedChoice = fixed.flatMap { fixed in fixed.values.first { $0.value == row.field(fixed.column)?.text } }
                    let legend = fixedChoice?.label ?? "\(singular.prefix(1).uppercased() + singular.dropFirst()) \(index + 1)"
                    return .el("fieldset", .class("fieldset section-row"),
                        .el("legend", .class("fieldset__legend fieldset__legend--s"), .plain(legend)),
                        .group(columns.map { column in
                            let name = "\(list)[\(index)].\(column.key)"
                            if column.key == fixed?.column {
                                return .el("input", .attr("type", "hidden"), .attr("name", name), .attr("value", fixedChoice?.value ?? ""))
                            }
                            return input(column, name: name, label: "\(column.label), \(legend.lowercased())", value: row.field(column.key), errors: errors)
                        }))
                }))
        }
    }

    private static func input(_ column: ContentField, name: String, label: String, value: JSONValue?, errors: FieldErrors) -> Node<HTML.BodyContext> {
        let text = value?.text ?? ""
        switch column.input {
        case .paragraphs:
            return Fields.textarea(name, label: label, hint: column.hint, value: text, errors: errors, rows: name == "text" ? 12 : 4)
        case .choice(let choices):
            return Fields.select(name, label: label, hint: column.hint,
                                 options: [Fields.Option(value: "", label: "Choose")] + choices.map { Fields.Option(value: $0.value, label: $0.label) },
                                 selected: text, errors: errors)
        case .email:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors, type: "email", autocomplete: "email", spellcheck: false)
        case .telephone:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors, type: "tel", autocomplete: "tel", width: "20")
        case .wholeNumber, .pounds:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors, width: "10")
        case .date:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors, width: "10")
        case .period:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors, width: "20")
        case .text:
            return Fields.text(name, label: label, hint: column.hint, value: text, errors: errors)
        }
    }
}
