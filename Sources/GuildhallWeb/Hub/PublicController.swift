import FluentKit
import GuildhallCore
import Vapor

enum PublicController {
    static func home(req: Request) async throws -> Response {
        let council = try await HomeCouncil.find(on: req.db)
        return PublicPages.home(await req.page("Home"), council: council?.name).response()
    }

    static func accessibility(req: Request) async throws -> Response {
        PublicPages.accessibility(await req.page("Accessibility statement")).response()
    }
}
