import GuildhallCore
import Vapor

enum APIController {
    struct Me: Content {
        var email: String
        var name: String
        var organisation: String
        var roles: [String]
    }

    static func me(req: Request) async throws -> Me {
        let staff = try req.staff
        return Me(email: staff.user.email, name: staff.user.name, organisation: staff.organisation.slug,
                  roles: staff.roles.sorted().map(\.rawValue))
    }

    /// BVPI 157 as at `?on=` (default today), for the token's own organisation only.
    static func bvpi157(req: Request) async throws -> Response {
        let staff = try req.staff
        guard staff.may(.readCatalogue) || staff.may(.readPerformance) else {
            throw Abort(.forbidden, reason: "This token's user cannot read the catalogue.")
        }
        guard req.parameters.get(.organisation) == staff.organisation.slug else {
            throw Abort(.notFound, reason: "No organisation with that short name is visible to this token.")
        }
        var day = CalendarDay(req.now)
        if let text = try? req.query.get(String.self, at: "on") {
            guard let asked = CalendarDay(text) else { throw Abort(.badRequest, reason: "on must be a real date as YYYY-MM-DD, like 2004-03-31") }
            day = asked
        }
        let response = Response(status: .ok, body: .init(string: try await BVPI157.report(for: staff.organisation, on: day, on: req.db).json()))
        response.headers.contentType = .json
        return response
    }

    /// The OpenAPI document that describes the API, shipped inside the product.
    static let openAPIDocument: Data? = Bundle.module.url(forResource: "openapi", withExtension: "json")
        .flatMap { FileManager.default.contents(atPath: $0.path) }

    static func openAPI(req: Request) async throws -> Response {
        guard let data = openAPIDocument else { throw Abort(.internalServerError, reason: "The OpenAPI document is missing from this build") }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
