import GuildhallCore
import Vapor

enum SignInController {
    struct Form: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    static func show(req: Request) async throws -> Response {
        if req.auth.has(StaffMember.self) { return req.redirect(to: SiteURL.staff(.home).path) }
        let next = safeNext(try? req.query.get(String.self, at: "next"))
        let notice = next == nil ? nil : "Sign in to see that page."
        return SignInPages.signIn(await req.page("Sign in"), form: .init(next: next), csrf: req.csrfToken, notice: notice).response()
    }

    static func submit(req: Request) async throws -> Response {
        let posted = try req.content.decode(Form.self)
        let email = User.normalise(email: posted.email ?? "")
        let password = posted.password ?? ""
        let form = SignInPages.Entry(email: email, next: safeNext(posted.next))

        var errors = FieldErrors()
        if email.isEmpty { errors.add(field: "email", "Enter your email address") }
        if password.isEmpty { errors.add(field: "password", "Enter your password") }
        guard errors.isEmpty else { return await refuse(req, form: form, errors: errors) }

        let user = try await StaffRegister.find(email: email, on: req.db)
        // Unknown addresses cost the same bcrypt check as known ones, so timing does not tell them apart.
        let matches = try await req.password.async.verify(password, created: user?.passwordHash ?? unknownUserHash)
        guard let user else {
            return await refuse(req, form: form, errors: FieldErrors(field: "email", wrongCredentials))
        }
        let outcome = SignInPolicy().attempt(by: user, passwordMatches: matches, at: req.now)
        try await user.save(on: req.db)
        switch outcome {
        case .signedIn:
            try await StaffSession.signIn(user, on: req)
            req.logger.info("Signed in", metadata: ["user": .string(user.id?.uuidString ?? "")])
            return req.redirect(to: form.next ?? SiteURL.staff(.home).path)
        case .wrongCredentials:
            return await refuse(req, form: form, errors: FieldErrors(field: "email", wrongCredentials))
        case .locked(let until):
            req.logger.notice("Refused sign-in to a locked account", metadata: ["user": .string(user.id?.uuidString ?? "")])
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            return await refuse(req, form: form, errors: FieldErrors(field: "email",
                "This account is locked after too many wrong passwords. Try again in \(minutes) minute\(minutes == 1 ? "" : "s"), or ask an administrator to reset your password."),
                status: .tooManyRequests)
        case .deactivated:
            return await refuse(req, form: form, errors: FieldErrors(field: "email", "This account has been closed. Ask an administrator if you still need it."))
        }
    }

    static func signOut(req: Request) async throws -> Response {
        StaffSession.signOut(req)
        StaffSession.flash("You have signed out.", on: req)
        return req.redirect(to: SiteURL.staff(.signIn).path)
    }

    private static let wrongCredentials = "Enter a correct email address and password"

    /// A bcrypt hash of a random value nobody knows, checked when the email address is unknown.
    private static let unknownUserHash: String = (try? Bcrypt.hash(UUID().uuidString, cost: 12)) ?? ""

    private static func refuse(_ req: Request, form: SignInPages.Entry, errors: FieldErrors, status: HTTPStatus = .unprocessableEntity) async -> Response {
        SignInPages.signIn(await req.page("Sign in", errors: errors), form: form, csrf: req.csrfToken).response(status)
    }

    /// Only a path within the staff pages, so the sign-in page cannot be used to send people elsewhere.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/staff"), !next.hasPrefix("//"), !next.contains("\\") else { return nil }
        return next
    }
}
