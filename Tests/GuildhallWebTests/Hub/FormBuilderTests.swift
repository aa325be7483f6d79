import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Building an online form on the staff pages")
struct FormBuilderTests {
    @Test("Staff add questions, order them, choose what to ask, publish from a day, and the form is then on the Hub and in Open311 until they unpublish it")
    func buildPublishUnpublish() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, PotholeCouncil.catalogue)
            let service = try #require(try await Service.query(on: app.db).filter(\.$slug == "street-lighting").first())
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            let browser = Browser(app)
            try await browser.signIn("pm@wyvern.example")
            let builder = "/staff/catalogue/services/\(service.id!)/form"
            #expect(try await browser.get("/staff/catalogue/services/\(service.id!)").body.string.contains(#"href="\#(builder)""#))

            let noValues = try await browser.post(builder + "/questions/new", [("question", "What is wrong with it?"), ("code", "fault"),
                                                                            ("datatype", "singlevaluelist"), ("values", ""), ("required", "yes")])
            #expect(noValues.status == .unprocessableEntity)
            #expect(noValues.body.string.contains("A list needs at least one value to choose"))
            #expect(noValues.body.string.contains(##"href="#values""##))
            #expect(try await OnlineForm.query(on: app.db).count() == 0)

            #expect(try await browser.post(builder + "/questions/new", [("question", "What is wrong with it?"), ("code", "fault"), ("datatype", "singlevaluelist"),
                                                                        ("values", "out = It is not working\nIt flickers"), ("required", "yes")]).status == .seeOther)
            #expect(try await browser.post(builder + "/questions/new", [("question", "What is the number on the lamp post?"), ("code", "column"),
                                                                        ("hint", "Like WV123"), ("datatype", "string"), ("values", ""), ("required", "no")]).status == .seeOther)
            #expect(try await browser.post(builder + "/questions/2/move", [("direction", "up")]).status == .seeOther)
            let page = try await browser.get(builder).body.string
            #expect(page.contains("Draft: residents cannot use it"))
            let form = try #require(try await FormRegister.form(for: service, on: app.db))
            #expect(form.definition.questions.map(\.code) == ["column", "fault"])
            #expect(form.definition.questions[1].values == [FormValue(key: "out", name: "It is not working"), FormValue(key: "it-flickers", name: "It flickers")])
            #expect(!(try await browser.get("/open311/v2/services.xml?jurisdiction_id=wyvern-vale").body.string.contains("street-lighting")))

            let badDay = try await browser.post(builder, [("interactionType", "6"), ("location", "required"), ("contactName", "optional"),
                                                          ("contactEmail", "required"), ("contactPhone", "none"), ("publishedFrom", "next week")])
            #expect(badDay.status == .unprocessableEntity && badDay.body.string.contains(##"href="#publishedFrom""##))
            #expect(try await browser.post(builder, [("interactionType", "6"), ("location", "required"), ("contactName", "optional"),
                                                     ("contactEmail", "required"), ("contactPhone", "none"), ("publishedFrom", "2003-11-01")]).status == .seeOther)
            #expect(try await browser.get(builder).body.string.contains("Published from 1 November 2003"))
            #expect(try await browser.get("/open311/v2/services.xml?jurisdiction_id=wyvern-vale").body.string.contains("street-lighting"))
            #expect(try await browser.get("/services/street-lighting").body.string.contains("Start now"))
            let preview = try await browser.get(builder + "/preview").body.string
            #expect(preview.contains("What is the number on the lamp post? (optional)") && preview.contains("It flickers"))

            #expect(try await browser.get(builder + "/questions/1/remove").body.string.contains("Remove the question “What is the number on the lamp post?”?"))
            #expect(try await browser.post(builder + "/questions/1/remove").status == .seeOther)
            #expect(try await FormRegister.form(for: service, on: app.db)?.definition.questions.map(\.code) == ["fault"])

            #expect(try await browser.post(builder + "/unpublish").status == .seeOther)
            #expect(!(try await browser.get("/open311/v2/services.xml?jurisdiction_id=wyvern-vale").body.string.contains("street-lighting")))
            #expect(try await Browser(app).get("/services/street-lighting/request").status == .notFound)
        }
    }

    @Test("A service owner changes only their own division's forms")
    func serviceOwnersKeepToTheirDivision() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, PotholeCouncil.catalogue)
            let service = try #require(try await Service.query(on: app.db).filter(\.$slug == "street-lighting").first())
            let leisure = try await Fixtures.division(app, "Leisure", in: council)
            try await Fixtures.user(app, "owner@wyvern.example", roles: [.serviceOwner], in: council, division: leisure)
            let browser = Browser(app)
            try await browser.signIn("owner@wyvern.example")
            #expect(try await browser.get("/staff/catalogue/services/\(service.id!)/form").status == .forbidden)
            #expect(try await browser.post("/staff/catalogue/services/\(service.id!)/form/questions/new", [("question", "Q"), ("code", "q"), ("datatype", "string")]).status == .forbidden)
            #expect(try await OnlineForm.query(on: app.db).count() == 0)
        }
    }
}
