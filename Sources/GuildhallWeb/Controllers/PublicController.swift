import FluentKit
import GuildhallCore
import Vapor

enum PublicController {
    static func home(req: Request) async throws -> Response {
        let council = try await HomeOrganisation.find(on: req.db)
        var context = req.page("Home")
        context.siteName = context.staff?.organisation.name ?? council?.name ?? "Guildhall"
        return PublicPages.home(context, council: council).response()
    }

    static func accessibility(req: Request) async throws -> Response {
        var context = req.page("Accessibility statement")
        if context.staff == nil, let council = try await HomeOrganisation.find(on: req.db) {
            context.siteName = council.name
        }
        return PublicPages.accessibility(context).response()
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
