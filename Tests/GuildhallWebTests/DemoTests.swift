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

@Suite("Demo front office")
struct DemoFrontOfficeTests {
    @Test("The demo front office: two INFO centres with people waiting, hundreds of residents and cases across statuses and channels, some overdue and some waiting, closure days at Christmas")
    func frontOffice() async throws {
        try await withGuildhall(seedDemo: true) { app, clock in
            let council = try #require(try await Organisation.query(on: app.db).filter(\.$slug == DemoCouncil.slug).first())
            let sites = try await SiteRegister.all(in: council.requireID(), on: app.db)
            #expect(sites.count == 2)
            let waiting = try await SiteRegister.queue(at: sites.first { $0.name == "Wyvern Vale INFO Centre" }!, at: clock.now, db: app.db).waiting
            #expect(waiting.count == 4)
            #expect(try await Resident.query(on: app.db).count() >= 300)
            let cases = try await Case.query(on: app.db).all()
            #expect(cases.count >= 400)
            #expect(Set(cases.map(\.status)).count >= 10)
            #expect(Set(cases.map(\.channel)) == Set(ContactChannel.allCases))
            #expect(cases.contains { $0.isOverdue(on: CalendarDay(clock.now)) })
            #expect(cases.contains { $0.status == .waitingForCustomer })
            // The tallies kept as cases changed give what counting every case gives.
            let outcomes = cases.flatMap { item -> [Compliance.Outcome] in
                [(StandardKind.reply, item.replyBy, item.repliedOn), (.resolve, item.resolveBy, item.closedOn)].compactMap { standard, due, done in
                    guard let due, let done else { return nil }
                    return Compliance.Outcome(standard: standard, division: item.$division.id.uuidString, service: item.$service.id.uuidString, due: due, doneOn: done)
                }
            }
            let today = CalendarDay(clock.now)
            let tallied = try await ComplianceReport.make(in: council.requireID(), from: today.adding(months: -7), to: today, on: app.db).compliance
            #expect(tallied == Compliance(outcomes, from: today.adding(months: -7), to: today))
            #expect(tallied.overall.met > 0 && tallied.overall.breached > 0)
            let closures = try await StandardsRegister.closures(in: council.requireID(), on: app.db).map(\.day.description)
            #expect(closures.contains("\(CalendarDay(clock.now).year)-12-29") && closures.contains("\(CalendarDay(clock.now).year)-12-31"))

            let front = Browser(app)
            try await front.signIn("front-office@wyvernvale.example")
            let service = try #require(try await Service.query(on: app.db).filter(\.$organisation.$id == council.requireID()).first())
            let contact = try await front.get("/staff/contacts/new?service=\(service.id!.uuidString)").body.string
            #expect(contact.contains(#"<option value="\#(sites.first { $0.name == "Wyvern Vale INFO Centre" }!.id!.uuidString)" selected="selected">"#))
            let back = Browser(app)
            try await back.signIn("back-office@wyvernvale.example")
            let queue = try await back.get("/staff/queue").body.string
            #expect(queue.contains("Environmental Services") && queue.contains("Open cases, earliest due first"))
            let compliance = try await back.get("/staff/compliance").body.string
            #expect(compliance.contains("of due dates met"))
        }
    }

    @Test("The demo Hub: eight published forms, one of them a partner's, reports FixMyStreet sent through Open311, and the demo council as the home council")
    func hub() async throws {
        try await withGuildhall(seedDemo: true) { app, clock in
            let council = try #require(try await HomeCouncil.find(on: app.db))
            #expect(council.slug == DemoCouncil.slug)
            let forms = try await OnlineForm.query(on: app.db).with(\.$organisation).all()
            #expect(forms.count == 8)
            #expect(forms.allSatisfy { $0.isPublished(on: CalendarDay(clock.now)) })
            #expect(forms.contains { $0.organisation.tier == .partner })
            let reports = try await Case.query(on: app.db).filter(\.$client == "FixMyStreet").filter(\.$answerList != nil).all()
            #expect(reports.count == 3)
            #expect(reports.allSatisfy { $0.channel == .open311 && $0.latitude != nil })

            let services = try FixMyStreet.xml(try await app.testing().sendRequest(.GET, "/open311/v2/services.xml")).all("service")
            #expect(services.count == 7, "the home council's seven forms; the partner's is under its own jurisdiction")
            let partner = try FixMyStreet.xml(try await app.testing().sendRequest(.GET, "/open311/v2/services.xml?jurisdiction_id=wyvern-vale-cvs"))
            #expect(partner.all("service").map { $0["service_code"] } == ["volunteer-with-a-local-group"])
        }
    }
}
