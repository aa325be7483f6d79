import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Performance dashboard")
struct PerformanceTests {
    @Test("The command line, the API and the dashboard show the same figures for the same date")
    func sameFiguresEverywhere() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let pm = try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let (_, secret) = try await APITokenRegister.issue(named: "Reports", for: pm, by: .commandLine, at: Date(), on: app.db)

            let printed = try await app.run("bvpi157", "--org", "wyvern-vale", "--on", "2004-01-31", "--json")
            let api = Browser(app)
            api.headers.bearerAuthorization = .init(token: secret.value)
            let answered = try await api.get("/api/v1/organisations/wyvern-vale/bvpi157?on=2004-01-31")
            #expect(answered.status == .ok)
            #expect(answered.headers.contentType == .json)
            #expect(printed.trimmingCharacters(in: .newlines) == answered.body.string)

            let report = try JSONDecoder().decode(BVPI157Report.self, from: Data(answered.body.readableBytesView))
            // Council Tax revenue, Housing information and Planning information (from 10 January) of six applicable.
            #expect(report.overall == Figure(eEnabled: 3, applicable: 6))
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            let page = try await browser.get("/staff/performance?on=2004-01-31").body.string
            #expect(page.contains("50.00%"))
            #expect(page.contains("3 of 6 applicable interactions are e-enabled"))
            for division in report.byDivision {
                #expect(page.contains("<th scope=\"row\" class=\"table__cell\">\(division.division)</th><td class=\"table__cell table__cell--numeric\">\(division.figure.eEnabled)</td><td class=\"table__cell table__cell--numeric\">\(division.figure.applicable)</td><td class=\"table__cell table__cell--numeric\">\(Format.percent(division.figure.percent))</td>"))
            }

            let text = try await app.run("bvpi157", "--org", "wyvern-vale", "--on", "2004-01-31")
            #expect(text.contains("Overall"))
            #expect(text.contains("50.00%"))
        }
    }

    @Test("The dashboard shows the target, the gap, the days left and the at-risk list with owners")
    func dashboard() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            let councilTax = try #require(try await Interaction.query(on: app.db).filter(\.$type == .paying).first())
            councilTax.owner = "Ravi Patel"
            try await councilTax.save(on: app.db)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            #expect(try await browser.post("/staff/performance/targets", [("dueOn", "2004-03-31"), ("percent", "100"), ("label", "LPSA")]).status == .seeOther)

            let page = try await browser.get("/staff/performance").body.string
            // 4 November 2003: Council Tax revenue and Housing information are e-enabled, of six applicable.
            #expect(page.contains("33.33%"))
            #expect(page.contains("by 31 March 2004"))
            #expect(page.contains("66.67 points"))
            #expect(page.contains("148 days left"))
            #expect(page.contains("At risk (2)"))
            #expect(page.contains("Ravi Patel"))
            #expect(page.contains("34 overdue"))
            #expect(page.contains("16 left"))
            #expect(page.contains(#"<svg class="chart""#))
            #expect(page.contains("<title id=\"chart-types-title\">"))
            #expect(page.contains("Trajectory by month"))
        }
    }

    @Test("Every table downloads as CSV")
    func downloads() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            try await Fixtures.user(app, "auditor@wyvern.example", roles: [.auditor], in: council)
            let browser = Browser(app)
            try await browser.signIn("auditor@wyvern.example")
            let types = try await browser.get("/staff/performance/downloads/by-interaction-type.csv?on=2004-01-31").body.string
            #expect(types.contains("2004-01-31,1,Providing information,2,2,100.00\r\n"))
            #expect(types.contains("2004-01-31,4,Consultation,0,0,\r\n"))
            let divisions = try await browser.get("/staff/performance/downloads/by-division.csv?on=2004-01-31").body.string
            #expect(divisions.contains("2004-01-31,Planning,1,2,50.00\r\n"))
            let atRisk = try await browser.get("/staff/performance/downloads/at-risk.csv").body.string
            #expect(atRisk.contains("Council Tax,57,Revenues,8,Paying for goods and services,,2003-10-01,-34\r\n"))
            let trajectory = try await browser.get("/staff/performance/downloads/trajectory.csv").body.string
            #expect(trajectory.hasPrefix("month_end,actual_percent,planned_percent,target_percent\r\n2002-06-30,16.67,16.67,\r\n"))
            #expect(try await browser.get("/staff/performance/downloads/secrets.csv").status == .notFound)
        }
    }

    @Test("A snapshot keeps its figures when the catalogue changes afterwards")
    func snapshotsAreFrozen() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            #expect(try await browser.post("/staff/performance/snapshots", [("asAt", "2003-09-30")]).status == .seeOther)
            let snapshot = try #require(try await Snapshot.query(on: app.db).first())
            #expect(try SnapshotRegister.report(of: snapshot).overall == Figure(eEnabled: 2, applicable: 6))

            try await Catalogues.load(app, into: council, "service,division,interaction,applicable,channels,e_enabled_on\nCouncil Tax,Revenues,8,yes,web,2003-01-01\n")
            let page = try await browser.get("/staff/performance/snapshots/\(snapshot.id!)").body.string
            #expect(page.contains("BVPI 157: 33.33% (2 of 6)"))
            #expect(try await BVPI157.report(for: council, on: CalendarDay("2003-09-30")!, on: app.db).overall.eEnabled == 3)

            let printed = try await app.run("snapshot", "--org", "wyvern-vale")
            #expect(printed.contains("as at 2003-09-30: 50.00%"))
            #expect(try await Snapshot.query(on: app.db).count() == 2)
        }
    }

    @Test("Milestones are added with checks, removed only after confirmation, and audited")
    func milestones() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            let bad = try await browser.post("/staff/performance/targets", [("dueOn", "31/03/2004"), ("percent", "120")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter the date as YYYY-MM-DD"))
            #expect(bad.body.string.contains("Enter a percentage from 0 to 100"))
            try await browser.post("/staff/performance/targets", [("dueOn", "2004-03-31"), ("percent", "100")])
            let target = try #require(try await PerformanceTarget.query(on: app.db).first())
            let confirm = try await browser.get("/staff/performance/targets/\(target.id!)/remove")
            #expect(confirm.body.string.contains("Remove the milestone of 31 March 2004?"))
            #expect(try await PerformanceTarget.query(on: app.db).count() == 1)
            try await browser.post("/staff/performance/targets/\(target.id!)/remove")
            #expect(try await PerformanceTarget.query(on: app.db).count() == 0)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "target").all().map(\.action)
            #expect(actions.sorted() == ["created", "deleted"])
        }
    }

    @Test("The API gives only the token's own organisation, and explains bad requests")
    func apiBoundaries() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.organisation(app, slug: "marlshire", tier: .county)
            let pm = try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let (_, secret) = try await APITokenRegister.issue(named: "Reports", for: pm, by: .commandLine, at: Date(), on: app.db)
            let api = Browser(app)
            #expect(try await api.get("/api/v1/organisations/wyvern-vale/bvpi157").status == .unauthorized)
            api.headers.bearerAuthorization = .init(token: secret.value)
            #expect(try await api.get("/api/v1/organisations/marlshire/bvpi157").status == .notFound)
            let bad = try await api.get("/api/v1/organisations/wyvern-vale/bvpi157?on=2004-02-30")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("on must be a real date"))
            let empty = try await api.get("/api/v1/organisations/wyvern-vale/bvpi157")
            #expect(empty.body.string.contains(#""overall":{"applicable":0,"eEnabled":0,"percent":null}"#))
        }
    }
}
