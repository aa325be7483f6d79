import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Signing in")
struct SignInTests {
    @Test("Five wrong passwords lock the account for 15 minutes, even against the right password")
    func lockout() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)

            for attempt in 1...4 {
                let response = try await browser.signIn("admin@wyvern.example", password: "wrong password \(attempt)")
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("Enter a correct email address and password"))
            }
            let fifth = try await browser.signIn("admin@wyvern.example", password: "wrong again")
            #expect(fifth.status == .tooManyRequests)
            #expect(fifth.body.string.contains("This account is locked"))

            let rightDuringLock = try await browser.signIn("admin@wyvern.example")
            #expect(rightDuringLock.status == .tooManyRequests)
            #expect(rightDuringLock.body.string.contains("Try again in 15 minutes"))
            #expect(try await browser.get("/staff").status == .seeOther)

            clock.advance(minutes: 14)
            #expect(try await browser.signIn("admin@wyvern.example").status == .tooManyRequests)

            clock.advance(minutes: 1.5)
            #expect(try await browser.signIn("admin@wyvern.example").status == .seeOther)
            #expect(try await browser.get("/staff").status == .ok)
        }
    }

    @Test("A right password clears earlier failures")
    func successResetsFailures() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            for _ in 1...4 { try await browser.signIn("admin@wyvern.example", password: "wrong password") }
            #expect(try await browser.signIn("admin@wyvern.example").status == .seeOther)
            try await browser.post("/staff/sign-out")
            for _ in 1...4 { try await browser.signIn("admin@wyvern.example", password: "wrong password") }
            #expect(try await browser.signIn("admin@wyvern.example").status == .seeOther)
        }
    }

    @Test("Unknown addresses and wrong passwords get the same message")
    func unknownAddressesAreNotRevealed() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            let unknown = try await browser.signIn("nobody@wyvern.example")
            let wrong = try await browser.signIn("admin@wyvern.example", password: "not the password")
            #expect(unknown.status == wrong.status)
            #expect(unknown.body.string.contains("Enter a correct email address and password"))
            #expect(wrong.body.string.contains("Enter a correct email address and password"))
        }
    }

    @Test("An empty form says what to fill in, with an error summary and an Error title")
    func emptyFormShowsErrors() async throws {
        try await withGuildhall { app, _ in
            let response = try await Browser(app).post("/staff/sign-in", [("email", ""), ("password", "")])
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("<title>Error: Sign in"))
            #expect(html.contains("There is a problem"))
            #expect(html.contains(##"<a href="#email">Enter your email address</a>"##))
            #expect(html.contains(##"<a href="#password">Enter your password</a>"##))
            #expect(html.contains(#"aria-describedby="email-error""#))
        }
    }

    @Test("Signing out ends the session on the server")
    func signOut() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.signIn("admin@wyvern.example")
            #expect(try await browser.get("/staff").status == .ok)

            let signedOut = try await browser.post("/staff/sign-out")
            #expect(signedOut.location == "/staff/sign-in")
            #expect(try await browser.get("/staff/sign-in").body.string.contains("You have signed out."))
            #expect(try await browser.get("/staff").status == .seeOther)
        }
    }

    @Test("Signing in gives the browser a new session id")
    func sessionIsRenewedAtSignIn() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            let before = try await browser.get("/staff/sign-in").headers.setCookie?[StaffSession.cookieName]?.string
            let after = try await browser.signIn("admin@wyvern.example").headers.setCookie?[StaffSession.cookieName]?.string
            #expect(before != nil)
            #expect(after != nil)
            #expect(before != after)
        }
    }

    @Test("Staff change their own password, giving the current one; the old one stops working")
    func changeOwnPassword() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "officer@wyvern.example", roles: [.backOffice], in: council)
            let browser = Browser(app)
            try await browser.signIn("officer@wyvern.example")
            let wrong = try await browser.post("/staff/account/password", [("currentPassword", "not it"), ("password", "a brand new secret"), ("confirmation", "a brand new secret")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Your current password is not right"))
            #expect(!wrong.body.string.contains("a brand new secret"), "passwords are never shown again")
            let mismatch = try await browser.post("/staff/account/password", [("currentPassword", TestPassword.value), ("password", "a brand new secret"), ("confirmation", "a brand new secreT")])
            #expect(mismatch.body.string.contains("The new passwords do not match"))
            let short = try await browser.post("/staff/account/password", [("currentPassword", TestPassword.value), ("password", "short"), ("confirmation", "short")])
            #expect(short.body.string.contains("Password must be 10 characters or more"))

            let changed = try await browser.post("/staff/account/password", [("currentPassword", TestPassword.value), ("password", "a brand new secret"), ("confirmation", "a brand new secret")])
            #expect(changed.status == .seeOther)
            #expect(try await browser.get("/staff").body.string.contains("Your password has been changed"))
            #expect(try await Browser(app).signIn("officer@wyvern.example").status != .seeOther)
            #expect(try await Browser(app).signIn("officer@wyvern.example", password: "a brand new secret").status == .seeOther)
        }
    }

    @Test("A closed account cannot sign in")
    func closedAccountsCannotSignIn() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let user = try await Fixtures.user(app, "leaver@wyvern.example", roles: [.frontOffice], in: council)
            user.isActive = false
            try await user.save(on: app.db)
            let response = try await Browser(app).signIn("leaver@wyvern.example")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("This account has been closed"))
        }
    }

    @Test("The sign-in page only sends people on to staff pages")
    func nextMustStayWithinStaffPages() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let response = try await Browser(app).post("/staff/sign-in", [("email", "admin@wyvern.example"), ("password", TestPassword.value), ("next", "https://evil.example/staff")])
            #expect(response.location == "/staff")
        }
    }
}
