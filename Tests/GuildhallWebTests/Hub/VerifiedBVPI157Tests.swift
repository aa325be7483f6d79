import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// A web server on loopback standing in for the council's web site, for the link checker's real
/// HTTP client to fetch: `/ok` answers 200 and anything else 404.
func withWebSite(_ body: (String) async throws -> Void) async throws {
    try await withLoopbackServer({ site in site.get("ok") { _ in "Pay your council tax online" } }, body)
}

@Suite("Verified e-enablement")
struct VerifiedBVPI157Tests {
    /// Five applicable interactions, four e-enabled. Of those, one has a published form, one a
    /// web page that answers, one a web page that does not, and one nothing to show for itself:
    /// self-assessed 4 of 5 (80.00%), verified 2 of 5 (40.00%).
    static func catalogue(_ site: String) -> String {
        """
        service,division,interaction,applicable,channels,e_enabled_on,target_on,evidence_url
        Report a pothole,Highways,6,yes,web,2003-01-01,,
        Report a pothole,Highways,1,yes,web,2003-01-01,,\(site)/ok
        Council Tax,Revenues,2,yes,web,2003-01-01,,\(site)/missing
        Council Tax,Revenues,8,yes,telephone,,2004-03-31,
        Housing advice,Housing,1,yes,web,2003-06-01,,
        Housing advice,Housing,4,no,,,,

        """
    }

    func run(_ app: Application, _ arguments: String...) async throws -> String {
        let console = RecordingConsole()
        app.console = console
        app.environment.arguments = ["guildhall"] + arguments
        try await app.execute()
        return console.text
    }

    @Test("On a hand-built catalogue the verified and self-assessed figures equal the hand-worked ones in the CLI, the API, the dashboard, the catalogue and a frozen submission")
    func handWorkedFigures() async throws {
        try await withWebSite { site in
            try await withGuildhall { app, clock in
                let council = try await Fixtures.organisation(app)
                try await Catalogues.load(app, into: council, Self.catalogue(site))
                let pothole = try #require(try await Service.query(on: app.db).filter(\.$slug == "report-a-pothole").first())
                try await FormRegister.define(FormDraft(interactionType: "6", publishedFrom: "2003-10-01"), for: pothole, by: .commandLine, at: clock.now, on: app.db)

                let checked = try await run(app, "check", "links", "--org", "wyvern-vale")
                #expect(checked.contains("ok 200 \(site)/ok"))
                #expect(checked.contains("FAILED 404 \(site)/missing"))
                #expect(checked.contains("Checked 2 addresses: 1 answered, 1 failed."))
                #expect(try await LinkCheck.query(on: app.db).count() == 2, "every check is recorded")

                let printed = try JSONSerialization.jsonObject(with: Data(try await run(app, "bvpi157", "--org", "wyvern-vale", "--on", "2003-11-04", "--json").utf8)) as? [String: Any]
                let overall = try #require(printed?["overall"] as? [String: Any]), verified = try #require(printed?["verified"] as? [String: Any])
                #expect(overall["eEnabled"] as? Int == 4 && overall["applicable"] as? Int == 5 && overall["percent"] as? Double == 80)
                #expect(verified["eEnabled"] as? Int == 2 && verified["applicable"] as? Int == 5 && verified["percent"] as? Double == 40)
                let text = try await run(app, "bvpi157", "--org", "wyvern-vale", "--on", "2003-11-04")
                #expect(text.contains("Verified") && text.contains("40.00%") && text.contains("80.00%"))

                let pm = try await client(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
                let api = try json(try await pm.get("/api/v1/organisations/wyvern-vale/bvpi157?on=2003-11-04"))
                #expect((api["verified"] as? [String: Any])?["percent"] as? Double == 40)

                try await Fixtures.user(app, "dash@wyvern.example", roles: [.programmeManager], in: council)
                let browser = Browser(app)
                try await browser.signIn("dash@wyvern.example")
                let dashboard = try await browser.get("/staff/performance?on=2003-11-04").body.string
                #expect(dashboard.contains("Verified BVPI 157") && dashboard.contains("40.00%") && dashboard.contains("80.00%"))
                let tax = try #require(try await Service.query(on: app.db).filter(\.$slug == "council-tax").first())
                let taxPage = try await browser.get("/staff/catalogue/services/\(tax.id!)").body.string
                #expect(taxPage.contains("Not verified: its web page failed when checked on 4 November 2003 (Answered with status 404)"))
                let potholePage = try await browser.get("/staff/catalogue/services/\(pothole.id!)").body.string
                #expect(potholePage.contains("Verified: its online form is published from 1 October 2003"))
                #expect(potholePage.contains("Verified: its web page answered when checked on 4 November 2003"))

                let owner = try await Fixtures.user(app, "owner@wyvern.example", roles: [.programmeManager], in: council)
                let created = try await StatementRegister.create(for: council.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: clock.now, on: app.db)
                let statement = try #require(try await StatementRegister.find(created.requireID(), in: council.requireID(), on: app.db))
                for section in statement.sections {
                    let content = section.key == "bvpi157" ? #"{"asAt": "2003-11-04", "commentary": "On track."}"# : DemoStatement.content[section.key]!
                    try await StatementRegister.save(section, of: statement, json: Data(content.utf8), by: .commandLine, at: clock.now, on: app.db)
                    try await StatementRegister.complete(section, of: statement, by: .commandLine, at: clock.now, on: app.db)
                }
                let staff = try #require(try await StaffMember.load(userID: owner.requireID(), on: app.db))
                let submission = try await StatementSubmission.submit(statement, as: .draft, staff: staff, at: clock.now, on: app.db)
                #expect(submission.bvpi157 == 80 && submission.bvpi157Verified == 40)
                let frozen = try submission.record.statement.sections.first { $0.key == "bvpi157" }?.figures
                #expect(frozen?.verified == Figure(eEnabled: 2, applicable: 5))

                clock.advance(days: 31)
                let later = try await BVPI157.report(for: council, on: CalendarDay(clock.now), on: app.db)
                #expect(later.verified == Figure(eEnabled: 1, applicable: 5), "a check more than 30 days old verifies nothing; the form still does")
                #expect(try await BVPI157.report(for: council, on: CalendarDay("2003-11-04")!, on: app.db).verified == Figure(eEnabled: 2, applicable: 5),
                        "the figure for a past day is worked out again from the checks recorded")
            }
        }
    }

    @Test("While serving, the evidence addresses are checked once a day, by whichever node claims the day's run")
    func dailyLinkChecks() async throws {
        try await withWebSite { site in
            try await withGuildhall { app, clock in
                let council = try await Fixtures.organisation(app)
                try await Catalogues.load(app, into: council, Self.catalogue(site))
                var checks = DailyJob.linkChecks
                checks.firstTry = .zero
                checks.interval = .milliseconds(20)
                try ServingJobs(daily: [checks]).start(app)
                try await eventually("the day's checks are made") { try await LinkCheck.query(on: app.db).count() == 2 }
                #expect(!(try await DailyRuns.claim("link-checks", at: clock.now, on: app.db)), "another node finds the day's run taken")
                try await Task.sleep(for: .milliseconds(200))
                #expect(try await LinkCheck.query(on: app.db).count() == 2, "nothing is checked twice in a day")
                clock.advance(days: 1)
                try await eventually("the next day's checks are made") { try await LinkCheck.query(on: app.db).count() == 4 }
            }
        }
    }
}
