import FluentKit
import GuildhallCore
import Vapor

enum PublicController {
    static func home(req: Request) async throws -> Response {
        let council = try await HomeOrganisation.find(on: req.db)
        return PublicPages.home(await req.page("Home"), council: council?.name).response()
    }

    static func accessibility(req: Request) async throws -> Response {
        PublicPages.accessibility(await req.page("Accessibility statement")).response()
    }
}

/// The council whose public site this is: the first council added to the installation.
enum HomeOrganisation {
    static func find(on db: any Database) async throws -> Organisation? {
        try await Organisation.query(on: db)
            .filter(\.$tier ~~ Tier.allCases.filter(\.isCouncil))
            .sort(\.$createdAt).first()
    }
}
