import Foundation
import Vapor

/// The fields of a request for a service, from an Open311 client or the Hub's pages: a query, or a
/// POST body form-encoded or multipart, read by Vapor's decoders. `attribute[code]` and
/// `attribute[code][]` become a question's answers, as GeoReport names them; any other field
/// that is not text (a photo) is passed over.
struct RequestFields: Decodable {
    private(set) var values: [String: String] = [:]
    private(set) var attributes: [String: [String]] = [:]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys {
            if key.stringValue == "attribute", let nested = try? container.nestedContainer(keyedBy: Key.self, forKey: key) {
                for code in nested.allKeys {
                    if let value = try? nested.decode(String.self, forKey: code) { attributes[code.stringValue] = [value] }
                    else if let list = try? nested.decode([String].self, forKey: code) { attributes[code.stringValue] = list }
                }
            } else if let value = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = value
            }
        }
    }

    /// A field's value with CRLF line endings made plain newlines; empty when absent.
    subscript(_ name: String) -> String {
        (values[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The query's fields, and for a POST the body's on top of them.
    static func read(_ req: Request) throws -> RequestFields {
        var fields = (try? req.query.decode(RequestFields.self)) ?? RequestFields()
        guard req.method == .POST else { return fields }
        guard let type = req.headers.contentType, type == .urlEncodedForm || type == .formData else {
            throw Abort(.badRequest, reason: "Send the request as application/x-www-form-urlencoded or multipart/form-data")
        }
        let body: RequestFields
        do {
            body = try req.content.decode(RequestFields.self)
        } catch {
            throw Abort(.badRequest, reason: "The request's body could not be read as a form")
        }
        fields.values.merge(body.values) { $1 }
        fields.attributes.merge(body.attributes) { $1 }
        return fields
    }
}
