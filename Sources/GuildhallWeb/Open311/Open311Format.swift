import Foundation
import GuildhallCore
import Vapor
import XMLCoder

/// How an Open311 answer is written: by the extension of the resource asked for, as GeoReport
/// v2 has it (`services.json`, `requests.xml`); XML when there is none, as FixMyStreet expects.
enum Open311Format: String, CaseIterable, Sendable {
    case xml
    case json

    init(_ request: Request) {
        self = request.url.path.lowercased().hasSuffix(".json") ? .json : .xml
    }

    /// A path segment without its format's extension: `pothole.xml` is `pothole`.
    static func stripped(_ segment: String) -> String {
        for format in allCases where segment.lowercased().hasSuffix("." + format.rawValue) {
            return String(segment.dropLast(format.rawValue.count + 1))
        }
        return segment
    }

    var contentType: String {
        switch self {
        case .xml: "text/xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// The answer in this format: in XML under `root`, in JSON as the value itself.
    func encode<T: Encodable>(_ value: T, root: String) throws -> Data {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(value)
        case .xml:
            let encoder = XMLEncoder()
            encoder.userInfo[.open311XML] = true
            return try encoder.encode(value, withRootKey: root, header: XMLHeader(version: 1.0, encoding: "utf-8"))
        }
    }

    func response<T: Encodable>(_ value: T, root: String, status: HTTPStatus = .ok) throws -> Response {
        let response = Response(status: status, body: .init(data: try encode(value, root: root)))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        return response
    }
}

extension CodingUserInfoKey {
    /// Set while an Open311 answer is written as XML, where lists are wrapped in an element.
    static let open311XML = CodingUserInfoKey(rawValue: "open311XML")!
}

/// A list as GeoReport writes it: in XML, each item in an element of its own name inside the
/// list's element (`<values><value>…</value></values>`); in JSON, an array.
struct Open311List<Item: Encodable>: Encodable {
    var element: String
    var items: [Item]

    init(_ element: String, _ items: [Item]) {
        self.element = element
        self.items = items
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        if encoder.userInfo[.open311XML] as? Bool == true {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(items, forKey: Key(stringValue: element))
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(items)
        }
    }
}

/// Times as GeoReport writes and reads them: W3C date-times, `2026-12-01T16:05:46Z` or with an offset.
enum Open311Time {
    static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A W3C date-time with `Z` or an offset, with or without fractions of a second, or a day.
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        return CalendarDay(trimmed)?.start
    }
}
