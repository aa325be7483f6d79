import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing

/// Checks an API response against the OpenAPI document Guildhall serves: the route and status
/// must be documented, and a JSON body must match the schema documented for them. Every response
/// the tests receive from `/api/v1` passes through here (see `Browser.send`), so the document
/// cannot drift from what the API does.
///
/// The validator knows the JSON Schema keywords the document uses and treats any other keyword as
/// a mismatch, so a schema it does not understand can never pass unchecked.
enum APIContract {
    static let document: JSONValue = {
        guard let data = APIController.openAPIDocument, let text = String(data: data, encoding: .utf8),
              let value = try? JSONValue.parse(text)
        else { fatalError("The OpenAPI document is missing or is not JSON") }
        return value
    }()

    /// Every mismatch between the response and the document, each naming where it is.
    static func problems(method: String, path: String, status: UInt, contentType: String?, body: Data) -> [String] {
        let where_ = "\(method) \(path) answered \(status)"
        let base = document.field("servers")?.items.first?.field("url")?.text ?? "/api/v1"
        let route = String(path.dropFirst(base.count))
        // The document does not describe itself.
        guard path.hasPrefix(base + "/"), route != "/openapi.json" else { return [] }
        let isJSON = contentType?.hasPrefix("application/json") == true
        guard let (template, operations) = match(route) else {
            // An address no route answers: still in the API's one error shape.
            return status == 404 && isJSON ? validate(body, against: .object(["$ref": .string("#/components/schemas/Error")]), at: where_) : ["\(where_): \(route) is not in the OpenAPI document"]
        }
        guard let operation = operations.field(method.lowercased()) else {
            return ["\(where_): \(template) has no \(method) in the OpenAPI document"]
        }
        let responses = operation.field("responses")
        guard let response = resolve(responses?.field(String(status)) ?? responses?.field("default") ?? .null), response != .null else {
            return ["\(where_): status \(status) is not documented for \(method) \(template)"]
        }
        guard isJSON else {
            let documented = response.field("content").map { content -> Bool in
                guard case .object(let types) = content else { return false }
                return types.keys.contains { contentType?.hasPrefix($0) == true }
            } ?? false
            return documented || body.isEmpty ? [] : ["\(where_): \(contentType ?? "no content type") is not documented for \(method) \(template) \(status)"]
        }
        guard let schema = response.field("content")?.field("application/json")?.field("schema") else {
            return ["\(where_): no JSON schema is documented for \(method) \(template) \(status)"]
        }
        return validate(body, against: schema, at: where_)
    }

    private static func validate(_ body: Data, against schema: JSONValue, at where_: String) -> [String] {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return ["\(where_): the body is not JSON"] }
        return check(value, against: schema, at: "$").map { "\(where_): \($0)" }
    }

    /// The document's path template matching `route`, with its operations.
    private static func match(_ route: String) -> (String, JSONValue)? {
        guard case .object(let paths) = document.field("paths") ?? .null else { return nil }
        let segments = route.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (template, operations) in paths.sorted(by: { $0.key.filter { $0 == "{" }.count < $1.key.filter { $0 == "{" }.count }) {
            let parts = template.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            guard parts.count == segments.count else { continue }
            if zip(parts, segments).allSatisfy({ part, segment in (part.hasPrefix("{") && part.hasSuffix("}") && !segment.isEmpty) || part == segment }) {
                return (template, operations)
            }
        }
        return nil
    }

    private static func resolve(_ schema: JSONValue) -> JSONValue? {
        guard let reference = schema.field("$ref")?.text else { return schema }
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") { node = node?.field(String(part)) }
        return node.flatMap(resolve)
    }

    private static let annotations: Set = ["description", "example", "examples", "title", "default", "deprecated", "readOnly", "writeOnly", "$comment"]
    private static let keywords: Set = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "const", "format",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "allOf", "anyOf", "oneOf",
    ]

    /// Every way `value` departs from `schema`, each with the JSON path of the field.
    static func check(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard let schema = resolve(schema) else { return ["\(path): the schema's $ref cannot be followed"] }
        guard case .object(let rules) = schema else { return schema == .bool(true) ? [] : ["\(path): the schema allows nothing here"] }
        if let unknown = rules.keys.first(where: { !keywords.contains($0) && !annotations.contains($0) }) {
            return ["\(path): the schema uses \(unknown), which this check does not know"]
        }
        var problems: [String] = []
        if let types = rules["type"] {
            let allowed = types.items.isEmpty ? [types.text ?? ""] : types.items.compactMap(\.text)
            guard allowed.contains(where: { has(value, type: $0) }) else {
                return ["\(path): \(describe(value)) where the document says \(allowed.joined(separator: " or "))"]
            }
        }
        if let options = rules["enum"]?.items, !options.contains(value) {
            problems.append("\(path): \(describe(value)) is not one of \(options.compactMap(\.text).joined(separator: ", "))")
        }
        if let constant = rules["const"], constant != value { problems.append("\(path): \(describe(value)) is not \(describe(constant))") }
        if case .object(let fields) = value {
            for name in rules["required"]?.items.compactMap(\.text) ?? [] where fields[name] == nil {
                problems.append("\(path): the required field \(name) is missing")
            }
            let properties: [String: JSONValue]
            if case .object(let declared) = rules["properties"] ?? .null { properties = declared } else { properties = [:] }
            for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    problems += check(field, against: property, at: "\(path).\(name)")
                } else if let extra = rules["additionalProperties"] {
                    problems += extra == .bool(false) ? ["\(path): \(name) is not in the document"] : check(field, against: extra, at: "\(path).\(name)")
                }
            }
        }
        if case .array(let items) = value {
            if let minimum = rules["minItems"]?.integer, items.count < minimum { problems.append("\(path): \(items.count) items, fewer than \(minimum)") }
            if let maximum = rules["maxItems"]?.integer, items.count > maximum { problems.append("\(path): \(items.count) items, more than \(maximum)") }
            if let itemSchema = rules["items"] {
                for (index, item) in items.enumerated() { problems += check(item, against: itemSchema, at: "\(path)[\(index)]") }
            }
        }
        if case .number(let number) = value {
            if case .number(let minimum) = rules["minimum"] ?? .null, number < minimum { problems.append("\(path): \(number) is below \(minimum)") }
            if case .number(let maximum) = rules["maximum"] ?? .null, number > maximum { problems.append("\(path): \(number) is above \(maximum)") }
        }
        if case .string(let text) = value {
            if let minimum = rules["minLength"]?.integer, text.count < minimum { problems.append("\(path): shorter than \(minimum) characters") }
            if let maximum = rules["maxLength"]?.integer, text.count > maximum { problems.append("\(path): longer than \(maximum) characters") }
            if let pattern = rules["pattern"]?.text, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
            if let format = rules["format"]?.text {
                switch matches(text, format: format) {
                case nil: problems.append("\(path): the schema uses the format \(format), which this check does not know")
                case false: problems.append("\(path): \"\(text)\" is not a \(format)")
                case true: break
                }
            }
        }
        for part in rules["allOf"]?.items ?? [] { problems += check(value, against: part, at: path) }
        if let options = rules["anyOf"]?.items, !options.contains(where: { check(value, against: $0, at: path).isEmpty }) {
            problems.append("\(path): \(describe(value)) matches none of the schemas allowed here")
        }
        if let options = rules["oneOf"]?.items, options.filter({ check(value, against: $0, at: path).isEmpty }).count != 1 {
            problems.append("\(path): \(describe(value)) does not match exactly one of the schemas allowed here")
        }
        return problems
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number): value.integer != nil
        default: false
        }
    }

    private static func matches(_ text: String, format: String) -> Bool? {
        switch format {
        case "date": CalendarDay(text) != nil
        case "date-time": ISO8601DateFormatter().date(from: text) != nil
            || text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
        case "uuid": UUID(uuidString: text) != nil
        case "email": text.contains("@")
        case "uri": URL(string: text) != nil
        default: nil
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "\(number)"
        case .string(let text): "\"\(text.prefix(60))\""
        case .array: "a list"
        case .object: "an object"
        }
    }
}
