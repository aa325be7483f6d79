import GuildhallCore
import Vapor

/// Following a request by its reference, which anyone may do.
enum TrackingController {
    static func lookup(req: Request) async throws -> Response {
        let typed = ((try? req.query.get(String.self, at: "reference")) ?? "").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return TrackingPages.lookup(await req.page("Follow a request"), reference: "").response() }
        guard CaseReference.isReference(typed) else {
            let errors = FieldErrors(field: "reference", "Enter the reference as it was given to you, like WV-4KX9QP")
            return TrackingPages.lookup(await req.page("Follow a request", errors: errors), reference: typed).response(.unprocessableEntity)
        }
        return req.redirect(to: SiteURL.hub(.request(.value(CaseReference.normalise(typed)))).path)
    }

    static func show(req: Request) async throws -> Response {
        guard let reference = req.parameters.get(.caseReference), let request = try await RequestTracking.find(reference, on: req.db) else {
            throw Abort(.notFound)
        }
        return TrackingPages.show(await req.page("Request \(request.reference)"), request).response()
    }
}
