import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Front-office pages")
struct FrontOfficePagesTests {
    struct Office {
        var council: Organisation
        var environment: Division
        var agent: Browser
        var officer: Browser
    }

    func office(_ app: Application) async throws -> Office {
        let council = try await Fixtures.organisation(app)
        try await Catalogues.load(app, into: council, Catalogues.frontOffice)
        let environment = try #require(try await DivisionRegister.find(named: "Environmental Services", in: council.requireID(), on: app.db))
        try await Fixtures.user(app, "agent@wyvern.example", roles: [.frontOffice], in: council)
        try await Fixtures.user(app, "officer@wyvern.example", roles: [.backOffice], in: council, division: environment)
        let agent = Browser(app), officer = Browser(app)
        try await agent.signIn("agent@wyvern.example")
        try await officer.signIn("officer@wyvern.example")
        return Office(council: council, environment: environment, agent: agent, officer: officer)
    }

    @Test("A call: a new resident is added, a case is opened and referred; the back office closes it; the front office sees the closure")
    func call() async throws {
        try await withGuildhall { app, _ in
            let office = try await office(app)
            let added = try await office.agent.post("/staff/residents/new", [("name", "Ann Smith"), ("phone", "01632 960001"), ("postcode", "WV1 2AB"), ("returnTo", "contact")])
            #expect(added.status == .seeOther)
            let contactPage = try #require(added.location)
            #expect(contactPage.hasPrefix("/staff/contacts/new?resident="))
            let ann = String(contactPage.split(separator: "=").last!)

            // One service matches, so it is chosen at once; the page shows its standard and that it can be done online.
            let found = try await office.agent.get(contactPage + "&find=missed%20bin")
            #expect(found.status == .seeOther)
            let chosen = try await office.agent.get(try #require(found.location))
            #expect(chosen.body.string.contains("Resolved within 2 working days"))
            #expect(chosen.body.string.contains("do it online") && chosen.body.string.contains("https://wyvern.example/bins"))
            let service = try #require(try await Service.query(on: app.db).filter(\.$slug == "missed-bin-collection").first())

            let noDescription = try await office.agent.post("/staff/contacts/new", [
                ("resident", ann), ("service", service.id!.uuidString), ("interactionType", "9"), ("channel", "telephone"), ("outcome", "case"),
            ])
            #expect(noDescription.status == .unprocessableEntity)
            #expect(noDescription.body.string.contains("Describe what the resident asked for"))
            #expect(try await Contact.query(on: app.db).count() == 0)

            let opened = try await office.agent.post("/staff/contacts/new", [
                ("resident", ann), ("service", service.id!.uuidString), ("interactionType", "9"), ("channel", "telephone"), ("outcome", "case"),
                ("description", "Bin not emptied on Monday"), ("locationAddress", "1 High Street"),
            ])
            #expect(opened.status == .seeOther)
            let casePath = try #require(opened.location)
            let item = try #require(try await Case.query(on: app.db).first())
            #expect(casePath == "/staff/cases/\(item.reference)")
            #expect(try await Contact.query(on: app.db).filter(\.$case.$id == item.id).count() == 1)

            let referred = try await office.agent.post(casePath + "/updates", [
                ("status", "referred"), ("division", office.environment.id!.uuidString), ("officer", "none"), ("priority", "normal"),
                ("internalNote", "Resident says the crew skipped the whole street"),
            ])
            #expect(referred.status == .seeOther)

            // The back office sees it in its queue, takes it and closes it with an update for the resident.
            let queue = try await office.officer.get("/staff/queue")
            #expect(queue.body.string.contains(item.reference))
            let unknown = try await office.officer.post(casePath + "/updates", [("status", "duplicate"), ("division", office.environment.id!.uuidString), ("officer", "none"), ("priority", "normal")])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("Give the reference of the case this one duplicates"))
            try await office.officer.post(casePath + "/updates", [
                ("status", "fixed"), ("division", office.environment.id!.uuidString), ("officer", "none"), ("priority", "normal"),
                ("publicNote", "Your bin was emptied this morning."),
            ])
            let residentPage = try await office.agent.get("/staff/residents/\(ann)")
            #expect(residentPage.body.string.contains(item.reference) && residentPage.body.string.contains("Fixed"))
            let casePage = try await office.agent.get(casePath).body.string
            #expect(casePage.contains("Update for the resident: </strong>Your bin was emptied this morning."))
            #expect(casePage.contains("Internal note: </strong>Resident says the crew skipped the whole street"))
            #expect(casePage.contains("Status: Referred to the back office → Fixed"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "case").count() == 3)
        }
    }

    @Test("Possible duplicates are shown before a new resident is saved; adding anyway, then merging, keeps everything")
    func duplicatesBeforeSaving() async throws {
        try await withGuildhall { app, _ in
            let office = try await office(app)
            try await office.agent.post("/staff/residents/new", [("name", "Ann Smith"), ("email", "ann@example.com")])
            let first = try #require(try await Resident.query(on: app.db).first())
            let suggested = try await office.agent.post("/staff/residents/new", [("name", "Annie Smyth"), ("email", "ANN@example.com")])
            #expect(suggested.status == .ok)
            #expect(suggested.body.string.contains("This may be someone already known") && suggested.body.string.contains("Same email address"))
            #expect(try await Resident.query(on: app.db).count() == 1)
            let added = try await office.agent.post("/staff/residents/new", [("name", "Annie Smyth"), ("email", "ANN@example.com"), ("confirmed", "yes")])
            let second = String(try #require(added.location).split(separator: "/").last!)
            let page = try await office.agent.get("/staff/residents/\(second)")
            #expect(page.body.string.contains("Possibly the same person") && page.body.string.contains("Merge into this record"))

            let confirm = try await office.agent.get("/staff/residents/\(second)/merge?other=\(first.id!.uuidString)")
            #expect(confirm.body.string.contains("This cannot be undone"))
            #expect(try await office.agent.post("/staff/residents/\(second)/merge", [("other", first.id!.uuidString)]).status == .seeOther)
            let old = try await office.agent.get("/staff/residents/\(first.id!.uuidString)")
            #expect(old.status == .seeOther && old.location == "/staff/residents/\(second)")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "resident").filter(\.$entityID == first.id!.uuidString).filter(\.$action == "updated").count() == 1)
        }
    }

    @Test("Each opening of a resident's record is recorded, and auditors see who looked; committee members are refused")
    func recordViews() async throws {
        try await withGuildhall { app, _ in
            let office = try await office(app)
            try await office.agent.post("/staff/residents/new", [("name", "Ann Smith")])
            let ann = try #require(try await Resident.query(on: app.db).first())
            try await office.agent.get("/staff/residents/\(ann.id!.uuidString)")
            try await Fixtures.user(app, "auditor@wyvern.example", roles: [.auditor], in: office.council)
            let auditor = Browser(app)
            try await auditor.signIn("auditor@wyvern.example")
            let views = try await auditor.get("/staff/residents/\(ann.id!.uuidString)/views")
            #expect(views.status == .ok)
            #expect(views.body.string.components(separatedBy: "On the staff pages").count - 1 == 2)
            #expect(views.body.string.contains("agent &lt;agent@wyvern.example&gt;") && views.body.string.contains("auditor &lt;auditor@wyvern.example&gt;"))
            try await Fixtures.user(app, "cllr@wyvern.example", roles: [.committeeMember], in: office.council)
            let councillor = Browser(app)
            try await councillor.signIn("cllr@wyvern.example")
            #expect(try await councillor.get("/staff/residents/\(ann.id!.uuidString)").status == .forbidden)
            #expect(try await RecordView.query(on: app.db).count() == 2)
        }
    }

    @Test("Closure days and standards are kept by the administrator: bad input is refused with what to fix, and the bank-holiday list's end is warned of")
    func standards() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let admin = Browser(app)
            try await admin.signIn("admin@wyvern.example")
            // The test clock is in 2003, long before the shipped list ends, so there is no warning.
            let page = try await admin.get("/staff/admin/standards")
            #expect(page.body.string.contains("Bank holidays are known up to"))
            #expect(!page.body.string.contains("The bank holidays run out soon"))
            let bad = try await admin.post("/staff/admin/closures", [("day", "29/12/2003"), ("label", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter the date as YYYY-MM-DD") && bad.body.string.contains("Say why the offices are closed"))
            #expect(try await admin.post("/staff/admin/closures", [("day", "2003-12-29"), ("label", "Christmas closure")]).status == .seeOther)
            let badStandards = try await admin.post("/staff/admin/standards", [("reply-letter", "ten"), ("waitMinutes", "15")])
            #expect(badStandards.status == .unprocessableEntity && badStandards.body.string.contains("Enter a whole number of working days"))
            #expect(try await admin.post("/staff/admin/standards", [("reply-letter", "7"), ("reply-telephone", "1"), ("waitMinutes", "10")]).status == .seeOther)
            let standards = try await StandardsRegister.standards(for: council.requireID(), on: app.db)
            #expect(standards.reply.days == [.letter: 7, .telephone: 1] && standards.waitMinutes == 10)
            #expect(try await StandardsRegister.calendar(for: council.requireID(), on: app.db).isWorkingDay(CalendarDay("2003-12-29")!) == false)
        }
    }

    @Test("The administrator is warned when the bank holidays Guildhall knows run out within a year")
    func bankHolidaysRunningOut() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            // From 4 November 2003 to June 2028, when the shipped list has months left.
            clock.advance(days: 8976)
            let admin = Browser(app)
            try await admin.signIn("admin@wyvern.example")
            let page = try await admin.get("/staff/admin/standards").body.string
            #expect(page.contains("The bank holidays run out soon") && page.contains("guildhall import bank-holidays FILE"))
        }
    }

    @Test("The INFO centre queue: a visitor arrives, waits past the standard, and is called; the compliance page counts the wait")
    func queue() async throws {
        try await withGuildhall { app, clock in
            let office = try await office(app)
            let site = try await SiteRegister.add(name: "Riverside", address: "1 Quay Street", openingHours: "9 to 5", to: office.council.requireID(), by: .commandLine, at: Date(), on: app.db)
            let path = "/staff/sites/\(site.id!.uuidString)"
            #expect(try await office.agent.post(path + "/visits", [("visitor", ""), ("reason", "")]).status == .unprocessableEntity)
            try await office.agent.post(path + "/visits", [("visitor", "Bob Jones"), ("reason", "Council tax")])
            clock.advance(minutes: 20)
            let waiting = try await office.agent.get(path).body.string
            #expect(waiting.contains("Bob Jones") && waiting.contains("20 min") && waiting.contains("Over 15 min"))
            let visit = try #require(try await Visit.query(on: app.db).first())
            try await office.agent.post("/staff/visits/\(visit.id!.uuidString)/call")
            let after = try await office.agent.get(path).body.string
            #expect(after.contains("No one is waiting.") && after.contains("Seen by agent"))
            let compliance = try await office.agent.get("/staff/compliance?from=2003-11-01&to=2003-11-30").body.string
            #expect(compliance.contains("0.00% of visitors were seen within 15 minutes (0 of 1)"))
        }
    }

    @Test("“Fill from the front office” fills the statement's take-up rows with each channel's uses, a call that opened a case counting once; the dashboard shows channel take-up")
    func fillTakeUp() async throws {
        try await withGuildhall { app, _ in
            let office = try await office(app)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: office.council)
            let pm = Browser(app)
            try await pm.signIn("pm@wyvern.example")
            let agent = try await client(app, "program@wyvern.example", roles: [.frontOffice], in: office.council)
            // A call that opened a case, a web form with no contact, and an email answered there and then.
            let reference = try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                                           json: #"{"service": "pothole", "interactionType": 9, "channel": "telephone", "description": "Hole"}"#))["reference"] as! String
            try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/contacts",
                                 json: #"{"channel": "telephone", "service": "pothole", "interactionType": 9, "outcome": "case", "case": "\#(reference)"}"#)
            try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                 json: #"{"service": "missed-bin-collection", "interactionType": 9, "channel": "web", "description": "Bin"}"#)
            try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/contacts",
                                 json: #"{"channel": "email", "service": "missed-bin-collection", "interactionType": 1, "outcome": "resolved"}"#)
            let statement = try await StatementRegister.create(for: office.council.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: Date(), on: app.db)
            let id = statement.id!.uuidString
            let page = try await pm.get("/staff/statements/\(id)/sections/take-up")
            #expect(page.body.string.contains("Fill from the front office"))
            let filled = try await pm.post("/staff/statements/\(id)/take-up/fill")
            #expect(filled.status == .seeOther)
            let section = try #require(try await StatementRegister.find(statement.requireID(), in: office.council.requireID(), on: app.db)?.sections.first { $0.key == "take-up" })
            let content = try JSONDecoder().decode(SectionContent.TakeUp.self, from: Data(try #require(section.content).utf8))
            // The test clock's day is 4 November 2003: the twelve months to it.
            #expect(content.rows.map(\.channel) == ["Telephone", "Email", "Web form"])
            #expect(content.rows.map(\.volume) == [1, 1, 1])
            #expect(Set(content.rows.map(\.period)) == ["2002-11-05/2003-11-04"])

            let dashboard = try await pm.get("/staff/performance").body.string
            #expect(dashboard.contains("Take-up by channel") && dashboard.contains("chart-channel-shift"))
            // Two of the three uses in November were online; the call counts once, though it opened a case.
            #expect(dashboard.contains(#"2003-11</th><td class="table__cell table__cell--numeric">66.67%</td><td class="table__cell table__cell--numeric">33.33%</td><td class="table__cell table__cell--numeric">0.00%</td>"#))
        }
    }
}
