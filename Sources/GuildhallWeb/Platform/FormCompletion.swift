import GuildhallCore
import Vapor

/// Where a form that the domain accepted leads: a message for the next page, and the page.
struct FormDone {
    var flash: String
    var location: String
}

extension Request {
    /// Carries out a posted form. When the domain accepts it, the next page says `flash` and the
    /// browser is sent there (303); when it finds problems with what was typed, `redraw` draws the
    /// form again with them (422), keeping everything typed.
    func complete(_ work: () async throws -> FormDone, redraw: (FieldErrors) async throws -> Response) async throws -> Response {
        do {
            let done = try await work()
            StaffSession.flash(done.flash, on: self)
            return redirect(to: done.location)
        } catch let errors as FieldErrors {
            return try await redraw(errors)
        }
    }
}
