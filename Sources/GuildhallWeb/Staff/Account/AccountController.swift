import GuildhallCore
import Vapor

/// What signed-in staff change about their own account.
enum AccountController {
    struct PasswordForm: Content {
        var currentPassword: String?
        var password: String?
        var confirmation: String?
    }

    static func editPassword(req: Request) async throws -> Response {
        StaffPages.password(await req.page("Change your password")).response()
    }

    static func updatePassword(req: Request) async throws -> Response {
        let staff = try req.staff
        let entry = try req.content.decode(PasswordForm.self)
        var errors = FieldErrors()
        if try await !req.password.async.verify(entry.currentPassword ?? "", created: staff.user.passwordHash) {
            errors.add(field: "currentPassword", "Your current password is not right")
        }
        if (entry.password ?? "") != (entry.confirmation ?? "") {
            errors.add(field: "confirmation", "The new passwords do not match")
        }
        do {
            try errors.check()
            try await StaffRegister.setPassword(entry.password ?? "", for: staff.user, hashPassword: { try req.password.hash($0) },
                                                by: staff.actor, at: req.now, on: req.db)
        } catch let problems as FieldErrors {
            // Passwords are never shown again: every field starts empty.
            return StaffPages.password(await req.page("Change your password", errors: problems)).response(.unprocessableEntity)
        }
        StaffSession.flash("Your password has been changed", on: req)
        return req.redirect(to: SiteURL.staff(.home).path)
    }
}
