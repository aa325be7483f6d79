import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Delivering the outbox")
struct DeliveryTests {
    @Test("A case made on the Hub, through Open311 and on the staff pages each tells its resident once, within seconds of `serve` starting to deliver")
    func everyWayInTellsOnce() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, _ in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                try ServingJobs(daily: [], delivery: OutboxDelivery(interval: .milliseconds(50))).start(app)

                let resident = Browser(app)
                try await RequestJourneyTests.answer(resident, email: "hub@example.org")
                #expect(try await resident.post("/services/report-a-pothole/request/check", [("website", "")]).status == .seeOther)
                _ = try await council.report()
                let added = try await council.agent.post("/staff/residents/new", [("name", "Pat Caller"), ("email", "pat@example.org"), ("consents[]", "email"),
                                                                                 ("postcode", "WV1 2AB")])
                let residentID = try #require(added.location?.split(separator: "/").last.map(String.init))
                let opened = try await council.agent.post("/staff/contacts/new", [
                    ("resident", residentID), ("service", council.pothole.service.id!.uuidString), ("interactionType", "6"), ("channel", "telephone"),
                    ("outcome", "case"), ("description", "Pothole on Mill Lane"), ("locationAddress", "Mill Lane"),
                ])
                #expect(opened.status == .seeOther, "\(opened.body.string)")

                try await eventually("every resident is told") { notify.accepted.count == 3 }
                try await Task.sleep(for: .milliseconds(300))
                #expect(notify.accepted.map(\.recipient).sorted() == ["hub@example.org", "jane@example.org", "pat@example.org"], "each once")
                #expect(Set(notify.accepted.map(\.template)) == [NotifiedCouncil.template(.caseReceived)])
                let cases = try await Case.query(on: app.db).all()
                #expect(Set(notify.accepted.map(\.reference)) == Set(cases.map(\.reference)))
            }
        }
    }

    @Test("While serving, the officers' digest is written once a day from seven in the morning, by whichever node claims the day's run")
    func dailyDigest() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                let item = try await council.report()
                try await CaseRegister.update(item, with: CaseUpdate(officer: "officer@wyvern.example"), by: .commandLine, at: clock.now, on: app.db)
                while CalendarDay(clock.now) < item.nextDue! { clock.advance(days: 1) }
                func digests() async throws -> Int { try await OutboxMessage.query(on: app.db).filter(\.$event == .dueSoon).count() }
                var job = DailyJob.dueSoonDigests
                job.firstTry = .zero
                job.interval = .milliseconds(20)
                try ServingJobs(daily: [job]).start(app)
                try await Task.sleep(for: .milliseconds(200))
                #expect(try await digests() == 0, "not before seven in the morning")
                clock.advance(minutes: 7 * 60 + 30)
                try await eventually("the morning's digest is written") { try await digests() == 1 }
                #expect(!(try await DailyRuns.claim("due-soon-digests", at: clock.now, on: app.db)), "another node finds the day's run taken")
                try await Task.sleep(for: .milliseconds(200))
                #expect(try await digests() == 1, "one digest a day")
            }
        }
    }

    @Test("Two deliverers working at once send each message once")
    func concurrentDeliverers() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, _ in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                var references: [String] = []
                for number in 1...12 { references.append(try await council.report("Pothole number \(number)").reference) }
                async let first = app.outboxDeliverer.deliverDue(on: app.db)
                async let second = app.outboxDeliverer.deliverDue(on: app.db)
                let tried = try await first + second
                #expect(tried == 12)
                #expect(notify.accepted.map(\.reference).sorted() == references.sorted())
            }
        }
    }

    @Test("Notify's delivery receipts, with the callback token, mark messages delivered or failed; a resident's undeliverable email shows on their case and record")
    func deliveryReceipts() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                let added = try await council.agent.post("/staff/residents/new", [("name", "Pat Caller"), ("email", "pat@example.invalid"), ("consents[]", "email")])
                let residentID = try #require(added.location?.split(separator: "/").last.map(String.init))
                let item = try await CaseRegister.create(CaseDraft(service: "report-a-pothole", interactionType: "6", channel: "telephone", description: "A pothole",
                                                                   residentID: residentID), in: council.pothole.council, by: .commandLine, at: clock.now, on: app.db)
                let jane = try await council.report()
                try await app.outboxDeliverer.deliverDue(on: app.db)
                let ids = Dictionary(uniqueKeysWithValues: notify.accepted.map { ($0.recipient, $0.id) })

                func receipt(_ id: String, _ status: String, token: String?) async throws -> TestingHTTPResponse {
                    let notifyCallback = Browser(app)
                    if let token { notifyCallback.headers.bearerAuthorization = .init(token: token) }
                    let body = #"{"id": "\#(id)", "reference": "\#(item.reference)", "to": "pat@example.invalid", "status": "\#(status)", "notification_type": "email"}"#
                    return try await notifyCallback.send(.POST, "/notify/delivery-receipts", body: ByteBuffer(string: body), contentType: "application/json")
                }
                #expect(try await receipt(ids["pat@example.invalid"]!, "permanent-failure", token: nil).status == .unauthorized)
                #expect(try await receipt(ids["pat@example.invalid"]!, "permanent-failure", token: "gh_not-the-token").status == .unauthorized)
                #expect(try await receipt(ids["pat@example.invalid"]!, "lost", token: council.callbackToken).status == .badRequest)
                #expect(try await receipt(UUID().uuidString, "delivered", token: council.callbackToken).status == .notFound)
                #expect(try await receipt(ids["pat@example.invalid"]!, "permanent-failure", token: council.callbackToken).status == .noContent)
                #expect(try await receipt(ids["jane@example.org"]!, "delivered", token: council.callbackToken).status == .noContent)

                let statuses = Dictionary(uniqueKeysWithValues: try await OutboxMessage.query(on: app.db).all().map { ($0.recipient, $0.status) })
                #expect(statuses == ["pat@example.invalid": .failed, "jane@example.org": .delivered])
                let casePage = try await council.agent.get("/staff/cases/\(item.reference)").body.string
                #expect(casePage.contains("A message to the resident could not be delivered") && casePage.contains("permanent failure"))
                #expect(!(try await council.agent.get("/staff/cases/\(jane.reference)").body.string.contains("could not be delivered")))
                let record = try await council.agent.get("/staff/residents/\(residentID)").body.string
                #expect(record.contains("Our last message could not be delivered") && record.contains("Phone or write to them"))

                // A new callback token, asked for twice over, replaces the old one at once.
                try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council.pothole.council)
                let admin = Browser(app)
                try await admin.signIn("admin@wyvern.example")
                #expect(try await admin.get("/staff/admin/notify/callback-token").body.string.contains("The old token stops working at once"))
                let replaced = try await admin.post("/staff/admin/notify/callback-token").body.string
                let newToken = try #require(replaced.firstMatch(of: /value="(gh_[A-Za-z0-9_-]+)"/).map { String($0.1) })
                #expect(try await receipt(ids["jane@example.org"]!, "delivered", token: council.callbackToken).status == .unauthorized)
                #expect(try await receipt(ids["jane@example.org"]!, "delivered", token: newToken).status == .noContent)
            }
        }
    }

    @Test("Without Notify, messages are written to the log and listed on the outbox page, which pages through them")
    func withoutNotify() async throws {
        try await withGuildhall { app, _ in
            let pothole = try await PotholeCouncil.make(app)
            for number in 1...51 {
                let created = try await pothole.fixMyStreet.post("requests.xml", PotholeCouncil.report(title: "Pothole \(number)"))
                #expect(created.status == .created)
            }
            #expect(try await app.outboxDeliverer.deliverDue(on: app.db) == 51)
            let sent = try await OutboxMessage.query(on: app.db).all()
            #expect(sent.allSatisfy { $0.status == .sent && $0.sentVia == "log" })
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: pothole.council)
            let admin = Browser(app)
            try await admin.signIn("admin@wyvern.example")
            let page = try await admin.get("/staff/admin/outbox").body.string
            #expect(page.contains("GOV.UK Notify is not set up") && page.contains("Written to the log") && page.contains("Sent (51)"))
            #expect(page.contains(#"href="/staff/admin/outbox?page=2""#))
            #expect(try await admin.get("/staff/admin/outbox?status=failed").body.string.contains("There are no messages here."))
        }
    }
}
