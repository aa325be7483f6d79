import GuildhallCore
import Vapor

enum CatalogueController {
    static func index(req: Request) async throws -> Response {
        let model = try await CatalogueIndex.query(req)
        return CatalogueIndex.view(await req.page("Service catalogue"), model).response()
    }

    static func export(req: Request) async throws -> Response {
        let staff = try req.staff
        return Responses.csv(try await CatalogueCSV.export(organisationID: staff.organisationID, on: req.db),
                                filename: "\(staff.organisation.slug)-catalogue.csv")
    }
}

/// CSV downloads: UTF-8, offered as a file to save.
