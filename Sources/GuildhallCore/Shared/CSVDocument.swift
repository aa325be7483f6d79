import CSV
import Foundation

/// Writes rows as CSV (RFC 4180, CRLF line endings). Cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe, so a name typed as `=HYPERLINK(…)` stays text;
/// plain numbers such as -34 are left alone.
public enum CSVDocument {
    public static func write(header: [String], rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: row.map(neutralised))
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A file read as a header and rows, each row with the line it starts on.
    public struct Table: Sendable {
        public var header: [String]
        public var rows: [(line: Int, fields: [String])]
    }

    /// Reads CSV text, accepting a byte-order mark and CRLF line endings. Blank lines are skipped.
    public static func read(_ text: String) throws -> Table {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false)
        var line = 1
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        while let fields = reader.next() {
            let startLine = line
            // A quoted field may span lines; count them so later rows report the line they start on.
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if header == nil {
                header = fields
            } else {
                rows.append((startLine, fields))
            }
        }
        return Table(header: header ?? [], rows: rows)
    }

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil else { return cell }
        return "'" + cell
    }
}
