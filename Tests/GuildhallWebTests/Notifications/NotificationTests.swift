import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Notifications through GOV.UK Notify")
struct NotificationTests {
    func deliver(_ app: Application) async throws {
        try await app.outboxDeliverer.deliverDue(on: app.db)
    }

    @Test("Each event reaches Notify with its template, recipient, reference and personalisation, and the resident's answer to the closing question is counted")
    func everyEvent() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                let item = try await council.report()
                let staff = Actor(id: nil, name: "Highways desk")
                // A minute apart, so the messages are sent in the order they were written.
                for update in [CaseUpdate(status: "investigating", publicNote: "An inspector will look at it on Friday"),
                               CaseUpdate(status: "referred", officer: "officer@wyvern.example"), CaseUpdate(status: "fixed", publicNote: "Filled in this morning")] {
                    clock.advance(minutes: 1)
                    try await CaseRegister.update(item, with: update, by: staff, at: clock.now, on: app.db)
                }
                try await deliver(app)

                var sent = notify.accepted
                #expect(notify.refusedTokens.isEmpty, "\(notify.refusedTokens)")
                // The referral tells the resident and the officer in the same step, in either order.
                #expect(sent.map(\.template).sorted() == ([.caseReceived, .caseUpdated, .caseUpdated, .caseReferred, .caseClosed] as [NotificationEvent]).map { NotifiedCouncil.template($0) }.sorted())
                let officerFirst = sent[2].recipient == "officer@wyvern.example"
                if officerFirst { sent.swapAt(2, 3) }
                #expect(sent.allSatisfy { $0.reference == item.reference && $0.kind == "email" })
                #expect(sent.map(\.recipient) == ["jane@example.org", "jane@example.org", "jane@example.org", "officer@wyvern.example", "jane@example.org"])
                let tracking = "http://localhost:8080/requests/\(item.reference)"
                #expect(sent[0].personalisation == ["reference": item.reference, "service": "Report a pothole", "status": "Received", "update": "", "url": tracking])
                #expect(sent[1].personalisation["status"] == "Being looked into" && sent[1].personalisation["update"] == "An inspector will look at it on Friday",
                        "a status change is told in words, with the update's text")
                #expect(sent[2].personalisation["status"] == "Passed to the team that deals with it")
                #expect(sent[3].personalisation == ["reference": item.reference, "service": "Report a pothole", "due": item.resolveBy!.longDescription,
                                                    "url": "http://localhost:8080/staff/cases/\(item.reference)"])
                #expect(sent[4].personalisation["status"] == "Fixed" && sent[4].personalisation["update"] == "Filled in this morning")

                // The closing question, answered on the Hub, counts on the compliance page.
                let survey = try #require(sent[4].personalisation["satisfaction_url"]?.replacingOccurrences(of: "http://localhost:8080", with: ""))
                #expect(survey.hasPrefix("/requests/\(item.reference)/satisfaction/"))
                let resident = Browser(app)
                #expect(try await resident.get(survey).body.string.contains("Were you satisfied with how we dealt with request \(item.reference)?"))
                #expect(try await resident.post(survey, []).status == .unprocessableEntity)
                #expect(try await resident.post(survey, [("satisfied", "yes")]).body.string.contains("Thank you"))
                #expect(try await resident.get(survey.dropLast(3) + "xyz").status == .notFound, "another token is no survey")
                let compliance = try await council.agent.get("/staff/compliance").body.string
                #expect(compliance.contains("Were residents satisfied?"))
                let numbers = ["1", "1", "1", "100.00%"].map { #"<td class="table__cell table__cell--numeric">\#($0)</td>"# }.joined()
                #expect(compliance.contains(#"<th scope="row" class="table__cell">Report a pothole</th>"# + numbers), "asked 1, answered 1, satisfied 1")

                // Each morning, the officer hears of their cases due within two working days.
                let second = try await council.report("Pothole by the bus stop")
                try await CaseRegister.update(second, with: CaseUpdate(officer: "officer@wyvern.example"), by: staff, at: clock.now, on: app.db)
                while CalendarDay(clock.now) < second.nextDue!.adding(days: -1) { clock.advance(days: 1) }
                #expect(try await DueSoonDigest.write(at: clock.now, on: app.db) == 1)
                try await deliver(app)
                let digest = try #require(notify.accepted.last)
                #expect(digest.template == NotifiedCouncil.template(.dueSoon) && digest.recipient == "officer@wyvern.example")
                #expect(digest.personalisation == ["reference": second.reference, "service": "Report a pothole", "due": second.nextDue!.longDescription,
                                                   "url": "http://localhost:8080/staff/queue?due=soon"])
                #expect(digest.reference == "due-soon \(CalendarDay(clock.now))")
            }
        }
    }

    @Test("A resident who agreed only to texts is sent a text message; one who gave no way to reach them is sent nothing, and the case says so")
    func channels() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                let organisationID = try council.pothole.council.requireID()
                let texts = try await ResidentRegister.create(ResidentDraft(name: "Tom Texter", email: "tom@example.org", phone: "+44 7700 900123", consentsToText: true),
                                                              in: organisationID, by: .commandLine, at: clock.now, on: app.db)
                let silent = try await ResidentRegister.create(ResidentDraft(name: "Sue Silent", phone: "01632 960002"), in: organisationID, by: .commandLine,
                                                               at: clock.now, on: app.db)
                func open(for resident: Resident) async throws -> Case {
                    try await CaseRegister.create(CaseDraft(service: "report-a-pothole", interactionType: "6", channel: "telephone", description: "A pothole",
                                                            residentID: resident.id!.uuidString), in: council.pothole.council, by: .commandLine, at: clock.now, on: app.db)
                }
                let texted = try await open(for: texts), unreached = try await open(for: silent)
                // Asked online whether they want updates, Tom said no: that answer stands, whatever his record says.
                let declined = try await CaseRegister.create(CaseDraft(service: "report-a-pothole", interactionType: "6", channel: "web", description: "A pothole",
                                                                       residentID: texts.id!.uuidString, contactName: "Tom Texter", contactEmail: "tom@example.org",
                                                                       wantsUpdates: false), in: council.pothole.council, by: .commandLine, at: clock.now, on: app.db)
                try await deliver(app)
                #expect(notify.accepted.map(\.kind) == ["sms"] && notify.accepted.map(\.template) == [NotifiedCouncil.template(.caseReceived, .sms)])
                #expect(notify.accepted.map(\.recipient) == ["+44 7700 900123"] && notify.accepted.map(\.reference) == [texted.reference])
                let page = try await council.agent.get("/staff/cases/\(unreached.reference)").body.string
                #expect(page.contains("The resident is not told of progress: they gave no email address or mobile number they agreed to be contacted on."))
                #expect(try await council.agent.get("/staff/cases/\(texted.reference)").body.string.contains("The resident is told of progress by text message to +44 7700 900123."))
                #expect(try await council.agent.get("/staff/cases/\(declined.reference)").body.string
                    .contains("The resident is not told of progress: they asked not to be sent updates when they made the request."))
            }
        }
    }

    @Test("A message that fails for now is tried again within a minute and delivered exactly once; a 400 is not tried again until an administrator retries it")
    func retries() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                #expect(try await council.agent.get("/staff/admin/outbox").status == .forbidden, "only administrators see the outbox")
                notify.answerNext(.internalServerError)
                let item = try await council.report()
                try await deliver(app)
                #expect(notify.attempts == 1 && notify.accepted.isEmpty)
                let message = try #require(try await OutboxMessage.query(on: app.db).first())
                #expect(message.status == .pending && message.reason?.contains("Notify answered 500") == true)
                clock.advance(minutes: 1)
                try await deliver(app)
                try await deliver(app)
                #expect(notify.attempts == 2)
                #expect(notify.accepted.map(\.reference) == [item.reference], "delivered exactly once")
                #expect(try await OutboxMessage.find(message.id, on: app.db)?.status == .sent)

                notify.answerNext(.badRequest)
                let refused = try await council.report("Another pothole")
                try await deliver(app)
                let failed = try #require(try await OutboxMessage.query(on: app.db).filter(\.$reference == refused.reference).first())
                #expect(failed.status == .failed && failed.reason?.contains("Can’t send to this recipient using a team-only API key") == true)
                clock.advance(days: 1)
                try await deliver(app)
                #expect(notify.attempts == 3, "a 400 is not tried again")

                try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council.pothole.council)
                let admin = Browser(app)
                try await admin.signIn("admin@wyvern.example")
                let outbox = try await admin.get("/staff/admin/outbox?status=failed").body.string
                #expect(outbox.contains(refused.reference) && outbox.contains("team-only API key") && outbox.contains("Retry"))
                #expect(try await admin.post("/staff/admin/outbox/\(failed.id!)/retry", csrf: .none).status == .forbidden)
                #expect(try await admin.post("/staff/admin/outbox/\(failed.id!)/retry").status == .seeOther)
                try await deliver(app)
                #expect(notify.accepted.map(\.reference) == [item.reference, refused.reference])
            }
        }
    }

    @Test("Timeouts, 429s and server errors are retried with backoff until a day has passed, then the message has failed, visibly")
    func givingUp() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, clock in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                notify.answerNext(.tooManyRequests, .serviceUnavailable)
                notify.answerNext(Array(repeating: .badGateway, count: 40))
                _ = try await council.report()
                var waits: [Double] = []
                for _ in 0..<40 {
                    try await deliver(app)
                    let message = try #require(try await OutboxMessage.query(on: app.db).first())
                    guard message.status == .pending, let next = message.nextAttemptAt else { break }
                    waits.append(next.timeIntervalSince(clock.now))
                    clock.advance(minutes: next.timeIntervalSince(clock.now) / 60)
                }
                #expect(waits.prefix(4) == [30, 120, 480, 1920] && waits.dropFirst(5).allSatisfy { $0 == 3600 }, "\(waits)")
                let message = try #require(try await OutboxMessage.query(on: app.db).first())
                #expect(message.status == .failed && message.reason?.hasPrefix("Gave up after") == true, "\(message.reason ?? "")")
                #expect(notify.accepted.isEmpty)
            }
        }
    }

    @Test("A key Notify does not know is refused with Notify's reason and not tried again; the key is never shown or stored as written")
    func wrongKey() async throws {
        try await FakeNotify.run { notify in
            try await withGuildhall { app, _ in
                let council = try await NotifiedCouncil.make(app, notify: notify)
                try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council.pothole.council)
                let admin = Browser(app)
                try await admin.signIn("admin@wyvern.example")
                let otherSecret = "0f0f0f0f-8d35-48ac-975b-e847b4f122b0"
                let saved = try await admin.post("/staff/admin/notify", [("apiKey", "old-key-\(FakeNotify.serviceID)-\(otherSecret)"), ("baseURL", notify.url),
                                                                         ("template-case-received", NotifiedCouncil.template(.caseReceived))])
                #expect(saved.status == .seeOther)
                let settings = try await admin.get("/staff/admin/notify").body.string
                #expect(!settings.contains(otherSecret) && !settings.contains(FakeNotify.secret) && settings.contains("“old-key”"))
                let sealed = try #require(try await NotifyService.query(on: app.db).first()).sealedKey
                #expect(!sealed.contains(otherSecret) && !Data(base64Encoded: sealed)!.contains(Data(otherSecret.utf8)))
                #expect(try await admin.post("/staff/admin/notify", [("apiKey", "not a key")]).body.string.contains("Enter the whole API key as Notify shows it"))
                await #expect { try await NotifiedCouncil.run(app, ["notify", "configure", "--org", "wyvern-vale", "--api-key", "not a key"]) } throws: { error in
                    String(describing: error).hasPrefix("--api-key: Enter the whole API key")
                }
                await #expect { try await NotifiedCouncil.run(app, ["notify", "configure", "--org", "wyvern-vale", "--template", "case-opened=x"]) } throws: { error in
                    String(describing: error).hasPrefix("--template: There is no template “case-opened”")
                }

                _ = try await council.report()
                try await deliver(app)
                #expect(notify.refusedTokens == ["signature does not match"])
                let message = try #require(try await OutboxMessage.query(on: app.db).first())
                #expect(message.status == .failed && message.reason?.contains("AuthError: Invalid token") == true, "\(message.reason ?? "")")
            }
        }
    }
}
