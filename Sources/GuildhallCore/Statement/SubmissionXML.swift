import Foundation
import XMLCoder

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
        var children: [(String, Element)] = []
        if case .object(let fields) = try JSONValue.parse(json) {
            children = fields.keys.sorted().compactMap { key in element(fields[key]!, named: key) }
        }
        let root = Element(attributes: [("xmlns", namespace), ("sha256", sha256)], content: .children(children))
        let encoder = XMLEncoder()
        // Empty lists and empty text are written `<rows></rows>`, as the format documents.
        encoder.outputFormatting = [.noEmptyElements]
        let data = try encoder.encode(root, withRootKey: "submission", header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A JSON value as the element `name`, or nothing for null. A field whose name is data, such
    /// as a section key, and is not a valid element name, becomes `<entry key="…">`.
    private static func element(_ value: JSONValue, named name: String) -> (String, Element)? {
        let content: Element.Content
        switch value {
        case .null:
            return nil
        case .object(let fields):
            content = .children(fields.keys.sorted().compactMap { key in element(fields[key]!, named: key) })
        case .array(let items):
            content = .children(items.compactMap { element($0, named: itemName(of: name)) })
        case .string(let text):
            content = .text(carriable(text))
        case .number, .bool:
            content = .text(scalar(value))
        }
        return isName(name) ? (name, Element(content: content)) : ("entry", Element(attributes: [("key", carriable(name))], content: content))
    }

    /// One element: its attributes in order, and its text or its child elements in order.
    private struct Element: Encodable, DynamicNodeEncoding {
        enum Content {
            case text(String)
            case children([(String, Element)])
        }

        var attributes: [(String, String)] = []
        var content: Content

        struct Key: CodingKey {
            var stringValue: String
            var isAttribute = false
            var intValue: Int? { nil }
            init(_ name: String, isAttribute: Bool = false) { stringValue = name; self.isAttribute = isAttribute }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            (key as? Key)?.isAttribute == true ? .attribute : .element
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in attributes { try container.encode(value, forKey: Key(name, isAttribute: true)) }
            switch content {
            case .text(let text):
                // XMLCoder writes a value under the empty key as the element's own text.
                try container.encode(text, forKey: Key(""))
            case .children(let children):
                for (name, child) in children { try container.encode(child, forKey: Key(name)) }
            }
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

    /// Drops the characters XML 1.0 cannot carry; XMLCoder escapes markup.
    static func carriable(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { scalar in
            ["\t", "\n", "\r"].contains(scalar) || (scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value))
        })
        return result
    }
}
