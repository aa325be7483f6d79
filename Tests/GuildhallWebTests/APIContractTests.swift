import Foundation
@testable import GuildhallWeb
import Testing

@Suite("The API contract check")
struct APIContractTests {
    static func problems(_ path: String, method: String = "GET", status: UInt = 200, _ body: String) -> [String] {
        APIContract.problems(method: method, path: path, status: status, contentType: "application/json; charset=utf-8", body: Data(body.utf8))
    }

    @Test("A body that departs from the document is named by its route, status and field")
    func namesTheField() {
        let found = Self.problems("/api/v1/statements/6E4A0F5C-43A8-4F1B-9C63-8A8E1B2B6A11", #"{"id": 7, "sections": [{"key": "risks"}]}"#)
        #expect(found.contains { $0.hasPrefix("GET /api/v1/statements/6E4A0F5C-43A8-4F1B-9C63-8A8E1B2B6A11 answered 200: $.id: 7.0 where the document says string") })
        #expect(found.contains { $0.hasSuffix("$.sections[0]: the required field status is missing") })
        #expect(found.contains { $0.hasSuffix("$: the required field year is missing") })
    }

    @Test("A status or a route the document does not describe is a mismatch too")
    func undocumented() {
        #expect(Self.problems("/api/v1/me", status: 418, "{}") == ["GET /api/v1/me answered 418: status 418 is not documented for GET /me"])
        #expect(Self.problems("/api/v1/me", method: "DELETE", "{}") == ["DELETE /api/v1/me answered 200: /me has no DELETE in the OpenAPI document"])
        #expect(Self.problems("/api/v1/elsewhere", "{}") == ["GET /api/v1/elsewhere answered 200: /elsewhere is not in the OpenAPI document"])
    }

    @Test("An address no route answers must still answer in the API's one error shape")
    func notFoundShape() {
        #expect(Self.problems("/api/v1/elsewhere", status: 404, #"{"error": true, "reason": "Nothing is at this address."}"#).isEmpty)
        #expect(!Self.problems("/api/v1/elsewhere", status: 404, #"{"message": "no"}"#).isEmpty)
    }
}
