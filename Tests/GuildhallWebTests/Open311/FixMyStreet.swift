import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// Sends what FixMyStreet's Open311 client sends (as `fixmystreet-open311.md` records it): the
/// endpoint with a trailing slash and paths appended as text, `jurisdiction_id` on every request,
/// `api_key` in every POST's body, form-encoded fields with `+` for spaces and CRLF newlines, and
/// no `Accept` header. Answers are read as XML::Simple reads them.
struct FixMyStreet {
    let app: Application
    var endpoint = "/open311/v2/"
    var jurisdiction: String
    var apiKey: String

    static let userAgent = "libwww-perl/6.68"

    func get(_ resource: String, _ query: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let fields = query + [("jurisdiction_id", jurisdiction)]
        return try await send(.GET, endpoint + resource + "?" + Self.formEncode(fields), body: nil, contentType: nil)
    }

    func post(_ resource: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var body = ByteBufferAllocator().buffer(capacity: 0)
        body.writeString(Self.formEncode(fields + [("jurisdiction_id", jurisdiction), ("api_key", apiKey)]))
        return try await send(.POST, endpoint + resource, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// As it posts when it uploads photos: multipart, the photo in a part named `photo1`.
    func postMultipart(_ resource: String, _ fields: [(String, String)], photo: [UInt8]) async throws -> TestingHTTPResponse {
        let boundary = "xYzZY"
        var body = ByteBufferAllocator().buffer(capacity: 0)
        for (name, value) in fields + [("jurisdiction_id", jurisdiction), ("api_key", apiKey)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo1\"; filename=\"photo1.jpeg\"\r\nContent-Type: image/jpeg\r\n\r\n")
        body.writeBytes(photo)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, endpoint + resource, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["User-Agent": Self.userAgent]
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var response: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, body: body) { response = $0 }
        return try #require(response)
    }

    /// `application/x-www-form-urlencoded` as Perl's URI module writes it.
    static func formEncode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~ ")
        return fields.map { name, value in
            [name, value].map { $0.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: " ", with: "+") }.joined(separator: "=")
        }.joined(separator: "&")
    }

    /// A W3C date-time in UTC, as it sends the window of `servicerequestupdates`.
    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The answer's document, which must be XML.
    static func xml(_ response: TestingHTTPResponse) throws -> XMLTree {
        try #require(XMLTree.parse(Data(response.body.readableBytesView)), "not XML: \(response.body.string)")
    }

    /// A date as FixMyStreet accepts one: W3C with `Z` or an offset, fractions allowed.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

/// A council with a pothole service whose form asks how deep it is, and FixMyStreet's key.
struct PotholeCouncil {
    var council: Organisation
    var service: Service
    var fixMyStreet: FixMyStreet

    static let catalogue = """
        service,division,interaction,applicable,channels,e_enabled_on,standard_days
        Report a pothole,Highways,6,yes,web;telephone,2003-01-01,10
        Street lighting,Highways,6,yes,telephone,,5

        """

    static let form = #"""
        {"interactionType": 6, "publishedFrom": "2003-01-01", "location": "required",
         "contact": {"name": "required", "email": "optional", "phone": "optional"},
         "questions": [{"code": "depth", "question": "How deep is the pothole?", "hint": "Measure from the road surface",
                        "datatype": "singlevaluelist", "required": true,
                        "values": [{"key": "shallow", "name": "Less than 4 cm"}, {"key": "deep", "name": "4 cm or more"}]},
                       {"code": "fixmystreet_id", "question": "FixMyStreet report", "hint": "", "datatype": "string", "required": false, "values": []}]}
        """#

    static func make(_ app: Application) async throws -> PotholeCouncil {
        let council = try await Fixtures.organisation(app)
        try await Catalogues.load(app, into: council, catalogue)
        let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
        let saved = try await pm.send(.PUT, "/api/v1/organisations/wyvern-vale/services/report-a-pothole/form", json: form)
        #expect(saved.status == .ok, "\(saved.body.string)")
        let service = try #require(try await Service.query(on: app.db).filter(\.$slug == "report-a-pothole").first())
        let (_, key) = try await Open311KeyRegister.issue(named: "FixMyStreet", for: council, by: .commandLine, at: Date(), on: app.db)
        return PotholeCouncil(council: council, service: service, fixMyStreet: FixMyStreet(app: app, jurisdiction: council.slug, apiKey: key.value))
    }

    /// A report as FixMyStreet's UK cobrand posts it.
    static func report(title: String = "Deep pothole outside the school", lat: String = "52.586214", long: String = "-2.129821") -> [(String, String)] {
        [
            ("service_code", "report-a-pothole"), ("first_name", "Jane"), ("last_name", "Q. Public"), ("email", "jane@example.org"),
            ("phone", "01632 960 001"), ("lat", lat), ("long", long),
            ("description", "title: \(title)\r\n\r\ndetail: It has burst a tyre.\r\n\r\nurl: https://www.fixmystreet.com/report/1234\r\n\r\nSubmitted via FixMyStreet\r\n"),
            ("attribute[depth]", "deep"), ("attribute[fixmystreet_id]", "1234"), ("media_url", ""),
        ]
    }
}
