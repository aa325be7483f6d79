import FluentKit
import SQLKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("The Hub's public pages")
struct PublicSiteTests {
    /// The pothole council, with a partner that offers a service of its own.
    static func partnership(_ app: Application) async throws -> PotholeCouncil {
        let world = try await PotholeCouncil.make(app)
        let partner = try await OrganisationRegister.add(OrganisationDraft(slug: "vale-cvs", name: "Vale Voluntary Action", tier: "partner",
                                                                           phone: "01632 960 700", website: "https://vva.example"),
                                                         by: .commandLine, at: Date(), on: app.db)
        try await Catalogues.load(app, into: partner, """
            service,division,interaction,applicable,channels,e_enabled_on
            Volunteering,Volunteer Centre,9,yes,web,2003-01-01

            """)
        try await Catalogues.load(app, into: world.council, """
            lgsl,service,division,interaction,applicable,channels,e_enabled_on,target_on,evidence_url
            57,Council Tax,Revenues,2,yes,web,2003-01-01,,https://wyvern.example/council-tax
            57,Council Tax,Revenues,8,yes,telephone,,2004-03-31,

            """)
        return world
    }

    @Test("Services A to Z lists every public service with its own organisation's name, and finds them by name or LGSL description and by organisation")
    func servicesAToZ() async throws {
        try await withGuildhall { app, _ in
            _ = try await Self.partnership(app)
            let browser = Browser(app)
            let all = try await browser.get("/services").body.string
            for name in ["Report a pothole", "Street lighting", "Volunteering", "Council Tax"] { #expect(all.contains(name), "\(name)") }
            #expect(all.contains("Vale Voluntary Action"))
            let searched = try await browser.get("/services?q=POTHOLE").body.string
            #expect(searched.contains("Report a pothole") && !searched.contains("Volunteering"))
            #expect(searched.contains("1 service matches your search"))
            let byDescription = try await browser.get("/services?q=council%20tax").body.string
            #expect(byDescription.contains("Council Tax"))
            let byPartner = try await browser.get("/services?organisation=vale-cvs").body.string
            #expect(byPartner.contains("Volunteering") && !byPartner.contains("Report a pothole"))
        }
    }

    @Test("A service page says what can be done online and how else, with Start now where a form is published")
    func servicePage() async throws {
        try await withGuildhall { app, _ in
            let world = try await Self.partnership(app)
            _ = try await OrganisationRegister.update(world.council, with: OrganisationDraft(slug: "wyvern-vale", name: world.council.name, tier: "district",
                                                                                            phone: "01632 960 000"), by: .commandLine, at: Date(), on: app.db)
            _ = try await SiteRegister.add(name: "Town Hall INFO Centre", address: "High Street", openingHours: "Monday to Friday, 9am to 5pm",
                                           to: world.council.requireID(), by: .commandLine, at: Date(), on: app.db)
            let browser = Browser(app)
            let pothole = try await browser.get("/services/report-a-pothole").body.string
            #expect(pothole.contains(#"href="/services/report-a-pothole/request""#) && pothole.contains("Start now"))
            #expect(pothole.contains("01632 960 000") && pothole.contains("Town Hall INFO Centre") && pothole.contains("Monday to Friday, 9am to 5pm"))
            let tax = try await browser.get("/services/council-tax").body.string
            #expect(!tax.contains("Start now"))
            #expect(tax.contains(#"href="https://wyvern.example/council-tax""#))
            #expect(tax.contains("Not yet: planned by 31 March 2004"))
            let volunteering = try await browser.get("/services/volunteering").body.string
            #expect(volunteering.contains("Vale Voluntary Action"))
            #expect(try await browser.get("/services/dragon-sightings").status == .notFound)
            #expect(try await browser.get("/services/street-lighting/request").status == .notFound, "a service with no form has no form pages")
        }
    }

    @Test("The partner directory lists each partner with its contact details and services, and the privacy notice says what is kept and the resident's rights")
    func partnersAndPrivacy() async throws {
        try await withGuildhall { app, _ in
            _ = try await Self.partnership(app)
            let browser = Browser(app)
            let partners = try await browser.get("/partners").body.string
            #expect(partners.contains("Vale Voluntary Action") && partners.contains("https://vva.example") && partners.contains("01632 960 700"))
            #expect(partners.contains(#"href="/services/volunteering""#))
            let privacy = try await browser.get("/privacy").body.string
            for words in ["What we keep", "Why we keep it", "How long we keep it", "Your rights"] { #expect(privacy.contains(words)) }
            let home = try await browser.get("/").body.string
            #expect(home.contains(#"href="/services/report-a-pothole""#), "the home page's top tasks are the forms")
            #expect(home.contains(#"action="/services""#))
        }
    }

    @Test("The catalogue pages are kept for visitors without a session until anything they show changes, whichever node or program changes it")
    func cachedPagesFollowTheDatabase() async throws {
        try await withGuildhall { app, clock in
            _ = try await Self.partnership(app)
            // As `serve` runs: on PostgreSQL it listens for the database's announcements.
            try ServingJobs().start(app)
            if TestDatabase.postgresURL != nil {
                try await eventually("the node listens for changes") { app.guildhall.hubVersion.isListening }
            }
            let visitor = Browser(app)
            #expect(try await visitor.get("/services").body.string.contains("Report a pothole"))
            #expect(try await visitor.get("/services/report-a-pothole").body.string.contains("Start now"))

            // As another application node, or a program on the database, would change them; a
            // listening node hears of it a moment after it commits.
            let sql = try #require(app.db as? any SQLDatabase)
            let open311 = "/open311/v2/services.xml?jurisdiction_id=wyvern-vale"
            #expect(try await visitor.get(open311).body.string.contains("<group>Highways</group>"))
            try await sql.raw("UPDATE divisions SET name = 'Roads' WHERE name = 'Highways'").run()
            try await eventually("Open311 lists the service under its division's new name") {
                try await visitor.get(open311).body.string.contains("<group>Roads</group>")
            }
            try await sql.raw("UPDATE services SET name = 'Report a road defect' WHERE slug = 'report-a-pothole'").run()
            try await eventually("the new name is listed") { try await visitor.get("/services").body.string.contains("Report a road defect") }
            try await sql.raw("UPDATE online_forms SET published_from = NULL").run()
            try await eventually("the unpublished form is gone") {
                !(try await visitor.get("/services/report-a-pothole").body.string.contains("Start now"))
            }
            try await sql.raw("UPDATE organisations SET name = 'Vale Volunteers' WHERE slug = 'vale-cvs'").run()
            try await eventually("the partner's new name is shown") { try await visitor.get("/partners").body.string.contains("Vale Volunteers") }

            try await sql.raw("UPDATE online_forms SET published_from = '2003-11-05'").run()
            try await eventually("the form published from tomorrow is not there today") {
                !(try await visitor.get("/services/report-a-pothole").body.string.contains("Start now"))
            }
            clock.advance(days: 1)
            #expect(try await visitor.get("/services/report-a-pothole").body.string.contains("Start now"), "a form published from tomorrow is there tomorrow")
        }
    }
}
