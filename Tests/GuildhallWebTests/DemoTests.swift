import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Demo council")
struct DemoTests {
    @Test("An empty database gets the demo council, and every demo account can sign in")
    func demoAccountsSignIn() async throws {
        try await withGuildhall(seedDemo: true) { app, _ in
            for account in DemoCouncil.accounts {
                let browser = Browser(app)
                #expect(try await browser.signIn(account.email).status == .seeOther, "\(account.email)")
                let home = try await browser.get("/staff").body.string
                #expect(home.contains(account.name))
            }
            #expect(try await Organisation.query(on: app.db).count() == 4)
            // A second start leaves everything as it was.
            #expect(try await app.prepareForServing() == nil)
            #expect(try await Organisation.query(on: app.db).count() == 4)
        }
    }
}
