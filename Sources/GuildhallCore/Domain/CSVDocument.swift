import CSV
import Foundation

/// Writes rows as CSV (RFC 4180, CRLF line endings). Cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe, so a name typed as `=HYPERLINK(…)` stays text.
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

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
