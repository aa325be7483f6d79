/// The tables of a statement, each downloadable as CSV: every section laid out as rows, and the
/// BVPI 157 figures by interaction type.
public enum StatementTables {
    public struct Table: Sendable {
        /// For the file name, such as `risks` or `bvpi157-by-type`.
        public var name: String
        public var title: String
        public var header: [String]
        public var rows: [[String]]
    }

    public static func all(_ record: StatementRecord) -> [Table] {
        let proForma = ProForma.named(record.proForma) ?? .ieg3
        var tables: [Table] = []
        for section in record.sections {
            guard let definition = proForma.section(section.key) else { continue }
            if case .table(let list, let columns, _) = definition.kind.shape {
                let rows = section.content?.field(list)?.items ?? []
                tables.append(Table(name: section.key, title: definition.title, header: columns.map(\.label),
                                    rows: rows.map { row in columns.map { row.field($0.key)?.text ?? "" } }))
            }
            if let figures = section.figures {
                tables.append(Table(
                    name: "bvpi157-by-type", title: "BVPI 157 by interaction type as at \(figures.on.longDescription)",
                    header: ["Code", "Interaction type", "e-enabled", "Applicable", "Percentage"],
                    rows: figures.byInteractionType.map { row in
                        [String(row.type.code), row.type.label, String(row.figure.eEnabled), String(row.figure.applicable), row.figure.percent.map { String(format: "%.2f", $0) } ?? ""]
                    } + [["", "All types", String(figures.overall.eEnabled), String(figures.overall.applicable), figures.overall.percent.map { String(format: "%.2f", $0) } ?? ""]]
                      + (figures.verified.map { verified in
                          [["", "All types, verified by what residents can use", String(verified.eEnabled), String(verified.applicable),
                            verified.percent.map { String(format: "%.2f", $0) } ?? ""]]
                      } ?? [])))
            }
        }
        return tables
    }
}
