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
            #expect(try await Organisation.query(on: app.db).count() == 7)
            // A second start leaves everything as it was.
            #expect(try await app.prepareForServing() == nil)
            #expect(try await Organisation.query(on: app.db).count() == 7)
        }
    }
}

@Suite("Demo statement")
struct DemoStatementTests {
    @Test("The demo statement is part-way through: some sections complete, comments partly answered, Cabinet's approval recorded")
    func partWay() async throws {
        try await withGuildhall(seedDemo: true) { app, _ in
            let council = try #require(try await Organisation.query(on: app.db).filter(\.$slug == DemoCouncil.slug).first())
            let statement = try #require(try await Statement.query(on: app.db).filter(\.$organisation.$id == council.requireID()).first())
            let found = try #require(try await StatementRegister.find(statement.requireID(), in: council.requireID(), on: app.db))
            #expect(statement.year == 2003)
            let statuses = Set(found.sections.map(\.status))
            #expect(statuses == [.complete, .inProgress, .notStarted])
            let comments = try await ConsultationRegister.consultations(of: found, on: app.db).flatMap(\.comments)
            #expect(comments.count == 3)
            #expect(comments.filter { $0.disposition != nil }.count == 2)
            #expect(comments.contains { $0.incorporatedIn != nil })
            let decisions = try await ConsultationRegister.decisions(of: found, on: app.db)
            #expect(decisions.map(\.body.slug) == ["cabinet"])
            let outstanding = try await SubmissionRegister.outstanding(found, for: .final, on: app.db)
            #expect(Set(outstanding.map(\.type)) == [.section, .comment, .decision])
        }
    }
}
