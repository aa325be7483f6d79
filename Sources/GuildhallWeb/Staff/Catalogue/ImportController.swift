import GuildhallCore
import Vapor

enum ImportController {
    struct UploadForm: Content {
        var file: File?
    }

    static func form(req: Request) async throws -> Response {
        ImportPages.upload(await req.page("Import a catalogue file"), problems: []).response()
    }

    /// Checks the uploaded file; a good one is kept for the preview, a bad one is explained at once.
    static func upload(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let file = try? req.content.decode(UploadForm.self).file, file.data.readableBytes > 0 else {
            return ImportPages.upload(await req.page("Import a catalogue file", errors: FieldErrors(field: "file", "Select a CSV file to import")), problems: [])
                .response(.unprocessableEntity)
        }
        guard let text = file.data.getString(at: file.data.readerIndex, length: file.data.readableBytes, encoding: .utf8) else {
            return ImportPages.upload(await req.page("Import a catalogue file", errors: FieldErrors(field: "file", "The file must be CSV saved as UTF-8 text")), problems: [])
                .response(.unprocessableEntity)
        }
        switch try await ImportRegister.plan(text, for: staff.organisationID, on: req.db) {
        case .failure(let rejected):
            return ImportPages.upload(await req.page("Import a catalogue file", errors: FieldErrors(field: "file", "\(file.filename) was not imported: fix the problems listed below and upload it again")),
                                      problems: rejected.problems).response(.unprocessableEntity)
        case .success:
            let pending = try await ImportRegister.hold(text, named: file.filename, for: staff.organisationID, by: try staff.user.requireID(), at: req.now, on: req.db)
            return req.redirect(to: SiteURL.staff(.catalogue(.pendingImport(.value(try pending.requireID())))).path)
        }
    }

    static func preview(req: Request) async throws -> Response {
        let pending = try await find(req)
        switch try await ImportRegister.plan(pending.contents, for: try req.staff.organisationID, on: req.db) {
        case .failure(let rejected):
            return ImportPages.upload(await req.page("Import a catalogue file", errors: FieldErrors(field: "file", "\(pending.filename) can no longer be imported")),
                                      problems: rejected.problems).response(.unprocessableEntity)
        case .success(let plan):
            return ImportPages.preview(await req.page("Check the import"), file: try Choice(id: pending.requireID(), name: pending.filename), plan: plan).response()
        }
    }

    static func confirm(req: Request) async throws -> Response {
        let pending = try await find(req)
        let staff = try req.staff
        do {
            let summary = try await ImportRegister.apply(pending.contents, to: staff.organisationID, by: staff.actor, at: req.now, on: req.db)
            try await pending.delete(on: req.db)
            StaffSession.flash("Imported \(pending.filename): \(summary.added) added, \(summary.changed) changed, \(summary.unchanged) unchanged", on: req)
            return req.redirect(to: SiteURL.staff(.catalogue(.index)).path)
        } catch let rejected as ImportRejected {
            return ImportPages.upload(await req.page("Import a catalogue file", errors: FieldErrors(field: "file", "\(pending.filename) can no longer be imported")),
                                      problems: rejected.problems).response(.unprocessableEntity)
        }
    }

    /// A file waiting for confirmation, uploaded in this organisation.
    private static func find(_ req: Request) async throws -> PendingImport {
        guard let id = req.parameters.get(.pendingImport),
              let pending = try await ImportRegister.findPending(id, in: try req.staff.organisationID, on: req.db)
        else { throw Abort(.notFound, reason: "This import has already been confirmed or has expired. Upload the file again.") }
        return pending
    }
}
