import GuildhallCore
import Plot

/// A section's content shown for reading: named fields as a summary list, rows as a table, and
/// the BVPI 157 figures the catalogue supplied.
enum SectionContentView {
    static func content(_ section: StatementRecord.Section, kind: SectionKind) -> Node<HTML.BodyContext> {
        guard let content = section.content, case .object(let fields) = content else {
            return .p(.class("body hint"), .plain("Nothing has been written yet."))
        }
        let body: Node<HTML.BodyContext>
        switch kind.shape {
        case .fields(let columns) where columns.count == 1:
            body = paragraphs(fields[columns[0].key]?.text ?? "")
        case .fields(let columns):
            body = UI.summaryList(columns.map { column in
                UI.SummaryRow(key: column.label, value: value(column, fields[column.key]))
            })
        case .table(let list, let columns, _):
            let rows = fields[list]?.items ?? []
            body = rows.isEmpty
                ? .p(.class("body"), .plain("None."))
                : UI.table(caption: section.title, head: columns.map(\.label),
                           numeric: Set(columns.indices.filter { columns[$0].input.isNumber }),
                           rows: rows.map { row in columns.map { value($0, row.field($0.key)) } })
        }
        return .group(body, .unwrap(section.figures) { figures(figures: $0, target: section.target) })
    }

    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .group(text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.map {
            .p(.class("body"), .plain($0))
        })
    }

    static func value(_ column: ContentField, _ value: JSONValue?) -> Node<HTML.BodyContext> {
        let text = value?.text ?? ""
        switch column.input {
        case .paragraphs: return paragraphs(text)
        case .pounds: return .plain(Format.pounds(value?.integer))
        case .wholeNumber: return .plain(value?.integer.map(Format.count) ?? text)
        case .date: return .plain(CalendarDay(text)?.longDescription ?? text)
        case .choice where column.key == "rating" || column.key == "status":
            return UI.tag(column.display(text), trafficLight(text))
        default: return .plain(column.display(text))
        }
    }

    /// Ratings and outcome statuses as traffic lights.
    static func trafficLight(_ value: String) -> UI.TagColour {
        switch value {
        case "green", "achieved", "on-track": .green
        case "amber", "at-risk": .yellow
        case "red": .red
        default: .grey
        }
    }

    static func figures(figures: BVPI157Report, target: StatementRecord.TargetRecord?) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("body"), .plain("Overall: \(Format.percent(figures.overall.percent)) (\(figures.overall.eEnabled) of \(figures.overall.applicable) interactions e-enabled) as at \(figures.on.longDescription)."
                + (figures.verified.map { " Verified by what residents can use: \(Format.percent($0.percent)) (\($0.eEnabled) of \($0.applicable))." } ?? "")
                + (target.map { " Target: \(Format.percent($0.percent)) by \($0.by.longDescription)." } ?? ""))),
            UI.table(caption: "BVPI 157 by interaction type as at \(figures.on.longDescription)", head: ["Interaction type", "e-enabled", "Applicable", "Percentage"],
                     numeric: [1, 2, 3],
                     rows: figures.byInteractionType.map { row in
                         [.plain("\(row.type.code). \(row.type.label)"), .plain(String(row.figure.eEnabled)), .plain(String(row.figure.applicable)),
                          .plain(Format.percent(row.figure.percent))]
                     }))
    }
}
