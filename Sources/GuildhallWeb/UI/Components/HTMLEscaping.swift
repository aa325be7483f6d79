import Plot

/// Plot escapes `<` and `>` in text but leaves attribute values and entity-like text as they are,
/// so every piece of text or attribute value that reaches a page goes through these instead.
enum HTMLEscaping {
    static func escape(_ string: String) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for character in string {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension Node where Context: HTMLContext {
    /// Text shown exactly as given.
    static func plain(_ string: String) -> Node { .raw(HTMLEscaping.escape(string)) }

    /// An attribute whose value is shown exactly as given.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }

    static func classes(_ names: String...) -> Node {
        .attribute(named: "class", value: names.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// An element whose name Plot does not know in this context, such as `svg` or `nav` inside a form.
    static func el(_ name: String, _ nodes: Node...) -> Node { .element(named: name, nodes: nodes) }
}
