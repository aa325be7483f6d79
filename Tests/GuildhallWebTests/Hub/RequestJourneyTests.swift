import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Online forms on the Hub")
struct RequestJourneyTests {
    /// Answers the pothole form as a resident would, up to the check page, going past any open
    /// cases close by unless `stopAtNearby`.
    static func answer(_ browser: Browser, postcode: String = "wv1 2ab", lat: String = "", long: String = "", email: String = "jane@example.org",
                       stopAtNearby: Bool = false) async throws {
        let start = try await browser.get("/services/report-a-pothole/request")
        #expect(start.location == "/services/report-a-pothole/request/questions/depth")
        #expect(try await browser.post("/services/report-a-pothole/request/questions/depth", [("attribute[depth]", "deep")]).location
            == "/services/report-a-pothole/request/questions/fixmystreet_id")
        #expect(try await browser.post("/services/report-a-pothole/request/questions/fixmystreet_id", [("attribute[fixmystreet_id]", "")]).location
            == "/services/report-a-pothole/request/location")
        let located = try await browser.post("/services/report-a-pothole/request/location", [("postcode", postcode), ("address", "By the school gates"), ("lat", lat), ("long", long)])
        #expect(located.status == .seeOther)
        if located.location == "/services/report-a-pothole/request/nearby" {
            if stopAtNearby { return }
            #expect(try await browser.get("/services/report-a-pothole/request/nearby").body.string.contains(#"href="/services/report-a-pothole/request/contact""#))
        } else {
            #expect(located.location == "/services/report-a-pothole/request/contact")
        }
        #expect(try await browser.post("/services/report-a-pothole/request/contact", [("name", "Jane Public"), ("email", email), ("phone", ""), ("updates", "yes")]).location
            == "/services/report-a-pothole/request/check")
    }

    @Test("A resident reports a pothole by postcode: a page a question, where, how to reach them, a check of the answers with Change links, then the reference once the case is committed")
    func reportByPostcode() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let browser = Browser(app)
            try await Self.answer(browser)

            let check = try await browser.get("/services/report-a-pothole/request/check")
            #expect(check.status == .ok)
            #expect(check.body.string.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression) != nil, "a signed-out resident's form carries its token")
            let html = check.body.string
            #expect(html.contains("Check your answers before sending your request"))
            #expect(html.contains("4 cm or more") && html.contains("wv1 2ab") && html.contains("Jane Public") && html.contains("Yes, send me updates"))
            #expect(html.contains(#"href="/services/report-a-pothole/request/questions/depth?change=1""#))

            let changing = try await browser.get("/services/report-a-pothole/request/questions/depth?change=1")
            #expect(changing.body.string.contains(#"name="change" value="1""#))
            #expect(try await browser.post("/services/report-a-pothole/request/questions/depth", [("attribute[depth]", "shallow"), ("change", "1")]).location
                == "/services/report-a-pothole/request/check")
            #expect(try await Case.query(on: app.db).count() == 0, "nothing is sent before the resident sends it")

            let sent = try await browser.post("/services/report-a-pothole/request/check", [("website", "")])
            #expect(sent.status == .seeOther && sent.location == "/services/report-a-pothole/request/sent")
            let item = try #require(try await Case.query(on: app.db).with(\.$service).first())
            #expect(item.channel == .web && item.client == nil)
            #expect(item.answers.first?.answer == "Less than 4 cm")
            #expect(item.locationPostcode == "WV1 2AB" && item.locationAddress == "By the school gates")
            #expect(item.contactName == "Jane Public" && item.contactEmail == "jane@example.org" && item.wantsUpdates)
            #expect(item.$organisation.id == world.council.id)

            let confirmation = try await browser.get("/services/report-a-pothole/request/sent")
            #expect(confirmation.body.string.contains(item.reference))
            #expect(confirmation.body.string.contains("You can expect a reply by \(item.replyBy!.longDescription)"))
            #expect(confirmation.body.string.contains(#"href="/requests/\#(item.reference)""#))
            #expect(try await browser.get("/services/report-a-pothole/request/check").location == "/services/report-a-pothole/request/questions/depth",
                    "a sent request's answers are forgotten")
        }
    }

    @Test("A missing answer, location or contact detail is shown next to its field and in the error summary, and keeps what was typed")
    func errors() async throws {
        try await withGuildhall { app, _ in
            _ = try await PotholeCouncil.make(app)
            let browser = Browser(app)
            _ = try await browser.get("/services/report-a-pothole/request")
            let unanswered = try await browser.post("/services/report-a-pothole/request/questions/depth", [])
            #expect(unanswered.status == .unprocessableEntity)
            #expect(unanswered.body.string.contains("<title>Error: How deep is the pothole?"))
            #expect(unanswered.body.string.contains(##"href="#depth""##) && unanswered.body.string.contains("Select an answer to “How deep is the pothole?”"))

            let nowhere = try await browser.post("/services/report-a-pothole/request/location", [("postcode", ""), ("address", ""), ("lat", ""), ("long", "")])
            #expect(nowhere.status == .unprocessableEntity)
            #expect(nowhere.body.string.contains(##"href="#postcode""##))
            let badPostcode = try await browser.post("/services/report-a-pothole/request/location", [("postcode", "W1"), ("address", "Mill Lane")])
            #expect(badPostcode.body.string.contains("Enter a real postcode") && badPostcode.body.string.contains("Mill Lane"))

            let nameless = try await browser.post("/services/report-a-pothole/request/contact", [("name", ""), ("email", "not an email"), ("updates", "no")])
            #expect(nameless.status == .unprocessableEntity)
            #expect(nameless.body.string.contains("Enter your name") && nameless.body.string.contains("Enter an email address in the correct format"))
            #expect(nameless.body.string.contains(#"value="not an email""#))
            #expect(try await browser.get("/services/report-a-pothole/request/check").location == "/services/report-a-pothole/request/questions/depth",
                    "the check page sends the resident back to what is unfinished")
        }
    }

    @Test("Before a located request is sent, open cases for the same service close by are offered to follow instead")
    func nearbyCasesAreOffered() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let reference = try #require(try FixMyStreet.xml(try await world.fixMyStreet.post("requests.xml", PotholeCouncil.report())).first("request")?["service_request_id"])
            let near = Browser(app)
            try await Self.answer(near, postcode: "", lat: "52.587000", long: "-2.129000", stopAtNearby: true)
            let offered = try await near.get("/services/report-a-pothole/request/nearby")
            #expect(offered.body.string.contains("Is it one of these?") && offered.body.string.contains(#"href="/requests/\#(reference)""#))
            #expect(offered.body.string.contains(#"href="/services/report-a-pothole/request/contact""#))

            let far = Browser(app)
            try await Self.answer(far, postcode: "", lat: "52.600000", long: "-2.129000", stopAtNearby: true)
            #expect(try await far.get("/services/report-a-pothole/request/check").status == .ok, "1.5 km away is not the same pothole")
        }
    }

    @Test("A form filled in by a script is refused and writes nothing, and too many requests from one address in an hour answer 429 with Retry-After")
    func scriptsAreKeptOut() async throws {
        try await withGuildhall { app, _ in
            _ = try await PotholeCouncil.make(app)
            let bot = Browser(app)
            try await Self.answer(bot)
            #expect(try await bot.post("/services/report-a-pothole/request/check", [("website", "http://spam.example")]).status == .badRequest)
            #expect(try await Case.query(on: app.db).count() == 0)

            for _ in 0..<RequestLimiter.defaultLimit {
                let resident = Browser(app)
                try await Self.answer(resident)
                #expect(try await resident.post("/services/report-a-pothole/request/check", [("website", "")]).status == .seeOther)
            }
            let flood = Browser(app)
            try await Self.answer(flood)
            let refused = try await flood.post("/services/report-a-pothole/request/check", [("website", "")])
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers.first(name: "Retry-After") ?? "") ?? 0 > 0)
            #expect(try await Case.query(on: app.db).count() == RequestLimiter.defaultLimit)
        }
    }

    @Test("A request is linked to the resident whose email it is when exactly one resident has it, and to no one when two do")
    func residentIsLinkedByEmail() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let jane = try await ResidentRegister.create(ResidentDraft(name: "Jane Public", email: "Jane@Example.org"), in: world.council.requireID(),
                                                         by: .commandLine, at: Date(), on: app.db)
            for (email, expected) in [("jane@example.org", jane.id), ("twin@example.org", nil)] {
                if expected == nil {
                    for name in ["Ann Twin", "Bea Twin"] {
                        _ = try await ResidentRegister.create(ResidentDraft(name: name, email: email), in: world.council.requireID(), by: .commandLine, at: Date(), on: app.db)
                    }
                }
                let browser = Browser(app)
                try await Self.answer(browser, email: email)
                _ = try await browser.post("/services/report-a-pothole/request/check", [("website", "")])
                let item = try #require(try await Case.query(on: app.db).filter(\.$contactEmail == email).first())
                #expect(item.$resident.id == expected)
            }
        }
    }
}
