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

    static func openAPI(req: Request) async throws -> Response {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = FileManager.default.contents(atPath: url.path)
        else { throw Abort(.internalServerError, reason: "The OpenAPI document is missing from this build") }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
