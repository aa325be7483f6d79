import Foundation

/// A submission's data as XML, element for field, so that systems that read XML can take the
/// same document. The mapping is documented in `docs/submission-xml.md`: the root element is
/// `submission`; each JSON field becomes an element of the same name, in the canonical (sorted)
/// order; each item of a list becomes an element named for the list; nulls are left out.
public enum SubmissionXML {
    public static let namespace = "urn:guildhall:submission:1"

    /// The element name of one item of each list.
    public static func itemName(of list: String) -> String { itemNames[list] ?? "item" }

    static let itemNames: [String: String] = [
        "sections": "section", "consultations": "consultation", "comments": "comment", "decisions": "decision",
        "blocks": "assessment", "outcomes": "outcome", "rows": "row", "risks": "risk",
        "byInteractionType": "figure", "byDivision": "figure",
    ]

    public static func make(json: String, sha256: String) throws -> String {
        var output = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        output += #"<submission xmlns="\#(namespace)" sha256="\#(sha256)">"#
        guard case .object(let fields) = try JSONValue.parse(json) else { return output + "</submission>\n" }
        for key in fields.keys.sorted() { write(fields[key]!, named: key, into: &output) }
        return output + "</submission>\n"
    }

    /// A field whose name is data, such as a section key, and is not a valid element name,
    /// becomes `<entry key="…">`.
    private static func write(_ value: JSONValue, named name: String, into output: inout String) {
        let open = isName(name) ? "<\(name)>" : #"<entry key="\#(escape(name))">"#, close = isName(name) ? "</\(name)>" : "</entry>"
        switch value {
        case .null:
            return
        case .object(let fields):
            output += open
            for key in fields.keys.sorted() { write(fields[key]!, named: key, into: &output) }
            output += close
        case .array(let items):
            output += open
            for item in items { write(item, named: itemName(of: name), into: &output) }
            output += close
        case .string(let text):
            output += open + escape(text) + close
        case .number, .bool:
            output += open + scalar(value) + close
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: ""
        }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return !text.lowercased().hasPrefix("xml")
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// Escapes markup and drops characters XML 1.0 cannot carry.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
