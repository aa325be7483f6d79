import Foundation
import GuildhallCore
import Plot

/// A section's edit form, drawn from its shape. Each input is named by its path in the content
/// (`text`, `rows[2].volume`), the same path the validator names in its messages, so an error
/// lands beside the input it is about.
enum SectionForm {
    /// Blank rows offered after the existing ones, so that rows can be added without script.
    static let spareRows = 3

    /// A submitted form read as content.
    struct Reading {
        /// In the API's shape, with anything that is not a whole number where one is wanted read as 0.
        var content: JSONValue
        /// As typed, to show again beside the problems.
        var entered: JSONValue
        /// Numbers that could not be read, as the validator words its problems, and with them
        /// whatever else the validator finds, so that every problem is reported at once.
        var problems: [String]
    }

    /// The content a submitted form describes. Rows left wholly blank are dropped.
    static func read(_ form: [String: String], kind: SectionKind) -> Reading {
        var reading = read(form, shape: kind.shape)
        if !reading.problems.isEmpty, let json = try? CanonicalJSON.encode(reading.content),
           case .failure(let more) = SectionValidator.validate(kind, json: json) {
            reading.problems += more.messages
        }
        return reading
    }

    private static func read(_ form: [String: String], shape: SectionShape) -> Reading {
        var problems: [String] = []
        func values(_ columns: [ContentField], name: (ContentField) -> String) -> (content: JSONValue, entered: JSONValue) {
            var content: [String: JSONValue] = [:], entered: [String: JSONValue] = [:]
            for column in columns {
                let text = (form[name(column)] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                entered[column.key] = .string(text)
                guard column.input.isNumber else { content[column.key] = .string(text); continue }
                if let number = Int(text.filter { !",£ ".contains($0) }) {
                    content[column.key] = .number(Double(number))
                } else {
                    problems.append("\(name(column)): must be a whole number, like 1200")
                    content[column.key] = .number(0)
                }
            }
            return (.object(content), .object(entered))
        }
        switch shape {
        case .fields(let columns):
            let (content, entered) = values(columns) { $0.key }
            return Reading(content: content, entered: entered, problems: problems)
        case .table(let list, let columns, let fixed):
            let prefix = list + "["
            let indices = Set(form.keys.compactMap { name -> Int? in
                guard name.hasPrefix(prefix), let close = name.firstIndex(of: "]") else { return nil }
                return Int(name[name.index(name.startIndex, offsetBy: prefix.count)..<close])
            }).sorted()
            let written = indices.filter { index in
                fixed != nil || columns.contains { column in
                    column.key != fixed?.column && !(form["\(list)[\(index)].\(column.key)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                }
            }
            // Rows are numbered afresh once blank ones are dropped, as the validator will number them.
            let rows = written.enumerated().map { position, index in
                values(columns) { column in "\(list)[\(index)].\(column.key)" }
            }
            problems = problems.map { problem in
                guard let index = written.firstIndex(where: { problem.hasPrefix("\(list)[\($0)].") }) else { return problem }
                return problem.replacingOccurrences(of: "\(list)[\(written[index])].", with: "\(list)[\(index)].", options: .anchored)
            }
            return Reading(content: .object([list: .array(rows.map(\.content))]), entered: .object([list: .array(rows.map(\.entered))]), problems: problems)
        }
    }

    /// The validator's messages as errors on the fields they name.
    static func errors(_ messages: [String]) -> FieldErrors {
        var errors = FieldErrors()
        for message in messages {
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

    /// A single field (a narrative) is labelled with the section's `title`.
    static func fields(_ shape: SectionShape, title: String, content: JSONValue?, errors: FieldErrors) -> Node<HTML.BodyContext> {
        switch shape {
        case .fields(let columns):
            return .group(columns.map { input($0, name: $0.key, label: columns.count == 1 ? title : $0.label, value: content?.field($0.key), errors: errors) })
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
