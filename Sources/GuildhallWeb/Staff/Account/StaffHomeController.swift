import GuildhallCore
import Vapor

enum StaffHomeController {
    static func show(req: Request) async throws -> Response {
        StaffPages.home(await req.page("Staff home"), StaffPages.Home(try req.staff)).response()
    }
}
