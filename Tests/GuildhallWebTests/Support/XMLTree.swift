import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read as FixMyStreet's XML::Simple reads it: each element's text exactly as
/// sent (never trimmed), its attributes, and its children by name.
final class XMLTree {
    let name: String
    var text = ""
    var attributes: [String: String] = [:]
    var children: [XMLTree] = []

    init(name: String) {
        self.name = name
    }

    static func parse(_ data: Data) -> XMLTree? {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader.root : nil
    }

    static func parse(_ text: String) -> XMLTree? { parse(Data(text.utf8)) }

    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    /// The text of a child element, or nil when there is none.
    subscript(_ name: String) -> String? { first(name)?.text }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = XMLTree(name: elementName)
            element.attributes = attributes
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            // Whitespace between child elements is layout, not text.
            if let element = stack.last, !element.children.isEmpty, element.text.allSatisfy(\.isWhitespace) { element.text = "" }
            stack.removeLast()
        }
    }
}
