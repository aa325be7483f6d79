import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Following a request on the Hub")
struct TrackingTests {
    @Test("The tracking page shows the status in words, public updates and the dates, and never the resident's name, contact details, answers or the staff's notes")
    func trackingShowsNoPersonalData() async throws {
        try await withGuildhall { app, clock in
            let world = try await PotholeCouncil.make(app)
            var report = PotholeCouncil.report(title: "Crater by number 42 Acacia Avenue")
            report = report.map { name, value in
                switch name {
                case "first_name": (name, "Bartholomew")
                case "last_name": (name, "Featherstonehaugh")
                case "email": (name, "bart.f@example.org")
                case "phone": (name, "07700 900 982")
                default: (name, value)
                }
            }
            let reference = try #require(try FixMyStreet.xml(try await world.fixMyStreet.post("requests.xml", report)).first("request")?["service_request_id"])
            let item = try #require(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db))
            clock.advance(minutes: 60)
            try await CaseRegister.update(item, with: CaseUpdate(status: "action-scheduled", publicNote: "A crew will fill it on Friday.",
                                                                 internalNote: "Resident Bartholomew sounded cross"), by: .commandLine, at: clock.now, on: app.db)

            let page = try await Browser(app).get("/requests/\(reference.lowercased())")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(reference))
            #expect(html.contains("Report a pothole") && html.contains(world.council.name))
            #expect(html.contains("Work is scheduled"))
            #expect(html.contains("A crew will fill it on Friday."))
            #expect(html.contains(item.resolveBy!.longDescription))
            for secret in ["Bartholomew", "Featherstonehaugh", "bart.f@example.org", "07700", "900 982", "Acacia", "4 cm or more", "Crater", "sounded cross"] {
                #expect(!html.contains(secret), "the tracking page shows \(secret)")
            }
        }
    }

    @Test("A reference is looked up from the form, a badly typed one is explained, and an unknown one is not found")
    func lookup() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let reference = try #require(try FixMyStreet.xml(try await world.fixMyStreet.post("requests.xml", PotholeCouncil.report())).first("request")?["service_request_id"])
            let browser = Browser(app)
            let found = try await browser.get("/requests?reference=\(reference.lowercased().replacingOccurrences(of: "-", with: "-%20"))")
            #expect(found.status == .seeOther && found.location == "/requests/\(reference)")
            let typo = try await browser.get("/requests?reference=pothole")
            #expect(typo.status == .unprocessableEntity)
            #expect(typo.body.string.contains("Error: Follow a request"))
            #expect(try await browser.get("/requests/WV-ZZZZZZ").status == .notFound)
        }
    }
}
