import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// A member of staff signed in with a browser.
func signedIn(_ app: Application, _ email: String, roles: [Role], in organisation: Organisation, division: Division? = nil) async throws -> Browser {
    try await Fixtures.user(app, email, roles: roles, in: organisation, division: division)
    let browser = Browser(app)
    try #require(try await browser.signIn(email).status == .seeOther)
    return browser
}

@Suite("Statement pages")
struct StatementPagesTests {
    @Test("The programme manager starts a statement, writes a section, fixes what the form says is wrong, marks it complete and compares revisions")
    func drafting() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await signedIn(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let bad = try await pm.post("/staff/statements", [("year", "last year"), ("proForma", "ieg3"), ("deadline", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter the statement&#39;s year, like 2003"))
            let created = try await pm.post("/staff/statements", [("year", "2003"), ("proForma", "ieg3"), ("deadline", "2003-11-28")])
            #expect(created.status == .seeOther)
            let statement = try #require(created.location)

            let tooLong = Array(repeating: "service", count: 1001).joined(separator: " ")
            let refused = try await pm.post("\(statement)/sections/priority-services", [("text", tooLong)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("This section is limited to 1,000 words and has 1,001: remove 1"))
            #expect(refused.body.string.contains(##"href="#text""##))
            #expect(refused.body.string.contains(tooLong), "what was typed is kept")

            #expect(try await pm.post("\(statement)/sections/take-up", [
                ("rows[0].channel", "web"), ("rows[0].period", "2003-04-01/2003-09-30"), ("rows[0].volume", "1,200"),
                ("rows[1].channel", ""), ("rows[1].period", ""), ("rows[1].volume", ""),
            ]).status == .seeOther)
            let wrongVolume = try await pm.post("\(statement)/sections/take-up", [
                ("rows[0].channel", "web"), ("rows[0].period", "2003-04-01/2003-09-30"), ("rows[0].volume", "lots"),
            ])
            #expect(wrongVolume.status == .unprocessableEntity)
            #expect(wrongVolume.body.string.contains("Must be a whole number"))
            #expect(wrongVolume.body.string.contains(##"href="#rows[0].volume""##))
            #expect(try await pm.post("\(statement)/sections/take-up", [
                ("rows[0].channel", "web"), ("rows[0].period", "2003-04-01/2003-09-30"), ("rows[0].volume", "1300"),
            ]).status == .seeOther)

            let page = try await pm.get("\(statement)/sections/take-up")
            #expect(page.body.string.contains("1,300"))
            let comparison = try await pm.get("\(statement)/sections/take-up/compare?from=1&to=2")
            #expect(comparison.body.string.contains("rows[0].volume"))
            #expect(comparison.body.string.contains("<del>1200</del>"))
            #expect(comparison.body.string.contains("<ins>1300</ins>"))

            #expect(try await pm.post("\(statement)/sections/take-up/complete").status == .seeOther)
            let overview = try await pm.get(statement).body.string
            #expect(overview.contains("Submission deadline: 28 November 2003</strong>, 24 days left."))
            #expect(overview.contains("Section 1, Priority services, is not complete"))
            #expect(!overview.contains("Section 5, Take-up by channel, is not complete"))

            let badDeadline = try await pm.post("\(statement)/deadline", [("deadline", "end of November")])
            #expect(badDeadline.status == .unprocessableEntity)
            #expect(badDeadline.body.string.contains("Enter the deadline as YYYY-MM-DD"))
            #expect(try await pm.post("\(statement)/deadline", [("deadline", "2003-12-05")]).status == .seeOther)
            #expect(try await pm.get(statement).body.string.contains("Submission deadline: 5 December 2003"))
        }
    }

    @Test("Each section is edited only by whoever it is assigned to: a division's service owners, or a partner organisation")
    func assignment() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let housing = try await Fixtures.division(app, "Housing", in: council)
            let partner = try await Fixtures.organisation(app, slug: "wyvern-pct", name: "Wyvern Primary Care Trust", tier: .partner)
            let pm = try await signedIn(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let owner = try await signedIn(app, "owner@wyvern.example", roles: [.serviceOwner], in: council, division: housing)
            let member = try await signedIn(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let partnerOwner = try await signedIn(app, "lead@pct.example", roles: [.serviceOwner], in: partner)
            let statement = try #require(try await pm.post("/staff/statements", [("year", "2003"), ("proForma", "ieg3")]).location)
            let partnership = [("text", "The Hub is shared with our partners.")]

            #expect(try await owner.post("\(statement)/sections/partnership", partnership).status == .forbidden)
            #expect(!(try await owner.get("\(statement)/sections/partnership")).body.string.contains("Save section"))
            #expect(try await member.post("\(statement)/sections/partnership", partnership).status == .forbidden)
            #expect(try await partnerOwner.get("\(statement)/sections/partnership").status == .notFound)

            #expect(try await pm.post("\(statement)/sections/partnership/assign", [("division", housing.id!.uuidString), ("partner", partner.id!.uuidString), ("owner", "")]).status == .seeOther)
            #expect(try await pm.get(statement).body.string.contains("Housing, Wyvern Primary Care Trust"))
            #expect(try await owner.post("\(statement)/sections/partnership", partnership).status == .seeOther)
            #expect(try await owner.post("\(statement)/sections/risks", [("risks[0].risk", "Late")]).status == .forbidden)

            let assigned = try await partnerOwner.get("/staff/statements")
            #expect(assigned.body.string.contains("Partnership working, Wyvern-Vale Council’s 2003 statement"))
            #expect(try await partnerOwner.post("\(statement)/sections/partnership", [("text", "Written by the trust.")]).status == .seeOther)
            #expect(try await partnerOwner.get(statement).status == .notFound)
            #expect(try await partnerOwner.get("\(statement)/sections/risks").status == .notFound)
            #expect(try await pm.get("\(statement)/sections/partnership").body.string.contains("Written by the trust."))

            // A partner writes its section but runs nothing of the council's statement.
            let partnerPM = try await signedIn(app, "pm@pct.example", roles: [.programmeManager], in: partner)
            #expect(try await partnerPM.post("\(statement)/sections/partnership/complete").status == .notFound)
            #expect(try await partnerPM.post("\(statement)/sections/partnership/assign", [("division", ""), ("partner", ""), ("owner", "")]).status == .notFound)

            // Naming an owner does not let a service owner of another division write the section.
            let planning = try await Fixtures.division(app, "Planning", in: council)
            let planner = try await Fixtures.user(app, "planner@wyvern.example", roles: [.serviceOwner], in: council, division: planning)
            let plannerBrowser = Browser(app)
            try await plannerBrowser.signIn("planner@wyvern.example")
            #expect(try await pm.post("\(statement)/sections/risks/assign", [("division", ""), ("partner", ""), ("owner", planner.id!.uuidString)]).status == .seeOther)
            #expect(try await plannerBrowser.post("\(statement)/sections/risks", [("risks[0].risk", "Late")]).status == .forbidden)
        }
    }

    @Test("Committee members comment on a shared draft; the programme team answers each comment; decisions are recorded")
    func consultation() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await signedIn(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let member = try await signedIn(app, "cllr@wyvern.example", roles: [.committeeMember], in: council)
            let statement = try #require(try await pm.post("/staff/statements", [("year", "2003"), ("proForma", "ieg3")]).location)
            #expect(try await pm.post("/staff/committees", [("name", "Overview and Scrutiny Committee")]).status == .seeOther)
            let again = try await pm.post("/staff/committees", [("name", "Overview & scrutiny committee")])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("There is already a body called"))
            #expect(try await member.get("/staff/committees").body.string.contains("overview-and-scrutiny-committee"))
            #expect(try await member.post("/staff/committees", [("name", "Golf club")]).status == .forbidden)
            #expect(try await pm.get("\(statement)/consultations").body.string.contains(#"<option value="overview-and-scrutiny-committee">Overview and Scrutiny Committee</option>"#))

            let noDate = try await pm.post("\(statement)/consultations", [("body", "scrutiny-panel"), ("meetingOn", "next week")])
            #expect(noDate.status == .unprocessableEntity)
            #expect(noDate.body.string.contains("Enter the meeting date as YYYY-MM-DD"))
            let round = try #require(try await pm.post("\(statement)/consultations", [("body", "scrutiny-panel"), ("meetingOn", "2003-11-11")]).location)

            #expect(try await member.post("\(round)/comments", [("section", "risks"), ("text", "")]).status == .unprocessableEntity)
            #expect(try await member.post("\(round)/comments", [("section", "risks"), ("text", "Add a staffing risk.")]).status == .seeOther)
            let page = try await member.get(round).body.string
            #expect(page.contains("Add a staffing risk."))
            #expect(page.contains("Awaiting an answer"))
            #expect(!page.contains("Answer the comment from"))

            let consultation = try #require(try await Consultation.query(on: app.db).first())
            let comment = try #require(try await GuildhallCore.Comment.query(on: app.db).filter(\.$consultation.$id == consultation.requireID()).first())
            let unanswered = try await pm.post("/staff/comments/\(comment.id!.uuidString)/disposition", [("disposition", "noted"), ("response", "")])
            #expect(unanswered.status == .unprocessableEntity)
            #expect(unanswered.body.string.contains("href=\"#response-\(comment.id!.uuidString)\""))
            #expect(unanswered.body.string.contains(#"<details class="details" open="open">"#), "the form with the problem is shown open")
            #expect(try await pm.post("/staff/comments/\(comment.id!.uuidString)/disposition", [("disposition", "not-accepted"), ("response", "Staffing is in the corporate register.")]).status == .seeOther)
            #expect(try await member.get(round).body.string.contains("Staffing is in the corporate register."))

            let decision = try await pm.post("\(statement)/decisions", [("body", "cabinet"), ("outcome", "approved-with-amendments"), ("decidedOn", "2003-11-20"), ("minute", "C/123"), ("delegatedTo", "")])
            #expect(decision.status == .unprocessableEntity)
            #expect(decision.body.string.contains("Name the officer delegated to make the amendments"))
            #expect(try await pm.post("\(statement)/decisions", [("body", "cabinet"), ("outcome", "approved-with-amendments"), ("decidedOn", "2003-11-20"), ("minute", "C/123"), ("delegatedTo", "Head of ICT")]).status == .seeOther)
            #expect(try await member.get("\(statement)/decisions").body.string.contains("Approved with amendments, amendments delegated to Head of ICT"))
            #expect(try await member.post("\(statement)/decisions", [("body", "full-council"), ("outcome", "approved"), ("decidedOn", "2003-12-11"), ("minute", "FC/1")]).status == .forbidden)
        }
    }

    @Test("Submitting from the pages: refused with what is outstanding, then frozen with its documents; central government reviews it")
    func submissionAndReview() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let pm = try await signedIn(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let central = try await signedIn(app, "reviewer@odpm.example", roles: [.centralReviewer], in: try await Fixtures.organisation(app, slug: "odpm", tier: .central))
            let statement = try #require(try await pm.post("/staff/statements", [("year", "2003"), ("proForma", "ieg3")]).location)

            let confirm = try await pm.get("\(statement)/submit?kind=final")
            #expect(confirm.body.string.contains("Section 9, Contact, is not complete"))
            #expect(confirm.body.string.contains("Full Council has not approved the statement"))
            #expect(try await pm.post("\(statement)/submit", [("kind", "final")]).status == .conflict)

            let id = try #require(UUID(uuidString: String(statement.split(separator: "/").last!)))
            let found = try #require(try await StatementRegister.find(id, in: council.requireID(), on: app.db))
            for section in found.sections {
                try await StatementRegister.save(section, of: found, json: Data(DemoStatement.content[section.key]!.utf8), by: .commandLine, at: Date(), on: app.db)
                try await StatementRegister.complete(section, of: found, by: .commandLine, at: Date(), on: app.db)
            }
            let submitted = try await pm.post("\(statement)/submit", [("kind", "draft")])
            #expect(submitted.status == .seeOther)
            let submission = try #require(submitted.location)
            let page = try await pm.get(submission).body.string
            let stored = try #require(try await Submission.query(on: app.db).first())
            #expect(page.contains(stored.sha256))
            #expect(try await pm.get(statement).body.string.contains("version 2"))

            let document = try await pm.get("\(submission)/document.html")
            #expect(document.body.string.contains("@page { size: A4"))
            #expect(document.headers.first(name: "Content-Security-Policy")?.contains("style-src 'sha256-") == true)
            #expect(document.body.string.contains("Draft submission of version 1"))
            let risks = try await pm.get("\(submission)/risks.csv")
            #expect(risks.headers.contentType?.subType == "csv")
            #expect(risks.body.string.hasPrefix("Risk,Likelihood,Impact,Mitigation,Owner\r\nThe CRM supplier delivers late,medium,high,"))
            #expect(try await pm.get("\(submission)/bvpi157-by-type.csv").body.string.contains("All types"))
            #expect(try await pm.get("\(submission)/nothing.csv").status == .notFound)

            #expect(try await central.get(statement).status == .forbidden)
            let national = try await central.get("/staff/national")
            #expect(national.body.string.contains("Wyvern-Vale Council"))
            #expect(try await central.get(submission).status == .ok)
            let incomplete = try await central.post("\(submission)/reviews", [("outcome", "satisfactory"), ("grant", "a lot"), ("reasons", "")])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("Enter the grant released in whole pounds"))
            #expect(try await central.post("\(submission)/reviews", [("outcome", "satisfactory"), ("grant", "£200,000"), ("reasons", "")]).status == .seeOther)
            #expect(try await pm.get(submission).body.string.contains("Satisfactory, releasing a grant of £200,000"))
            #expect(try await central.get("/staff/national").body.string.contains("Satisfactory"))
            #expect(try await pm.post("\(submission)/reviews", [("outcome", "resubmit"), ("reasons", "Try again")]).status == .forbidden)

            // The final submission, once Council approves, links back to the draft before it.
            _ = try await ConsultationRegister.decide(on: found, body: "full-council", outcome: "approved", decidedOn: "2003-12-11", minute: "FC/14",
                                               delegatedTo: nil, by: .commandLine, at: Date(), on: app.db)
            let final = try #require(try await pm.post("\(statement)/submit", [("kind", "final")]).location)
            let finalPage = try await central.get(final).body.string
            #expect(finalPage.contains("Every submission of this statement"))
            #expect(finalPage.contains(#"href="\#(submission)""#))
            #expect(try await pm.get(statement).body.string.contains("Closed: the final statement has been submitted"))
        }
    }

    @Test("The national table gives each organisation's latest submission, the mean and quartiles, sorted as asked and as CSV")
    func nationalTable() async throws {
        try await withGuildhall { app, _ in
            let central = try await signedIn(app, "reviewer@odpm.example", roles: [.centralReviewer], in: try await Fixtures.organisation(app, slug: "odpm", tier: .central))
            // Four councils with 1, 2, 3 and 4 of 4 interactions e-enabled: 25%, 50%, 75%, 100%.
            for (index, slug) in ["avon", "brent", "cotswold", "dacorum"].enumerated() {
                let council = try await Fixtures.organisation(app, slug: slug, tier: .district)
                let user = try await Fixtures.user(app, "pm@\(slug).example", roles: [.programmeManager], in: council)
                let rows = (1...4).map { type in "Service,Housing,\(type),yes,\(type <= index + 1 ? "web" : "telephone"),2003-01-01" }
                try await ImportRegister.apply("service,division,interaction,applicable,channels,e_enabled_on\n" + rows.joined(separator: "\n") + "\n",
                                                  to: council.requireID(), by: .commandLine, at: Date(), on: app.db)
                let division = try #require(try await DivisionRegister.all(in: council.requireID(), on: app.db).first)
                _ = try await World.statementWithSubmission(in: council, sectionsFor: division, by: user, on: app.db)
            }
            let page = try await central.get("/staff/national?year=2003&sort=bvpi157&order=descending").body.string
            #expect(page.contains("62.50%"), "mean")
            #expect(page.contains("43.75%"), "lower quartile")
            #expect(page.contains("81.25%"), "upper quartile")
            let order = ["Dacorum", "Cotswold", "Brent", "Avon"].map { page.range(of: "\($0) Council")!.lowerBound }
            #expect(order == order.sorted())
            let csv = try await central.get("/staff/national.csv?year=2003&sort=bvpi157").body.string
            #expect(csv.hasPrefix("Organisation,Short name,Submission,Submitted,BVPI 157 (%),Verified BVPI 157 (%),Review\r\nAvon Council,avon,draft,"))
            #expect(csv.contains(",25.00,0.00,Not reviewed"), "nothing of theirs can be shown to work, so none is verified")
        }
    }
}
