import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Open311 as FixMyStreet uses it")
struct FixMyStreetTests {
    @Test("FixMyStreet lists the services, reads a definition, and its report becomes a case on the open311 channel that names it")
    func servicesDefinitionAndReport() async throws {
        try await withGuildhall { app, clock in
            let world = try await PotholeCouncil.make(app)
            let fms = world.fixMyStreet

            let services = try await fms.get("services.xml")
            #expect(services.status == .ok)
            #expect(services.headers.first(name: .contentType) == "text/xml; charset=utf-8")
            let listed = try FixMyStreet.xml(services).all("service")
            #expect(listed.map { $0["service_code"] } == ["report-a-pothole"], "a service with no form is not offered")
            #expect(listed.first?["metadata"]?.lowercased() == "true")
            #expect(listed.first?["service_name"] == "Report a pothole")
            #expect(listed.first?["group"] == "Highways")

            let definition = try FixMyStreet.xml(try await fms.get("services/report-a-pothole.xml"))
            #expect(definition.name == "service_definition")
            let attributes = try #require(definition.first("attributes")).all("attribute")
            #expect(attributes.map { $0["code"] } == ["depth", "fixmystreet_id"])
            let depth = try #require(attributes.first)
            #expect(depth["variable"] == "true" && depth["required"] == "true" && depth["datatype"] == "singlevaluelist" && depth["order"] == "1")
            #expect(depth["description"] == "How deep is the pothole?")
            #expect(depth["datatype_description"] == "Measure from the road surface")
            let values = try #require(depth.first("values")).all("value")
            #expect(values.map { [$0["key"]!, $0["name"]!] } == [["shallow", "Less than 4 cm"], ["deep", "4 cm or more"]])

            let posted = try await fms.post("requests.xml", PotholeCouncil.report())
            #expect((200...201).contains(posted.status.code), "\(posted.body.string)")
            let request = try #require(try FixMyStreet.xml(posted).first("request"))
            let id = try #require(request.first("service_request_id"))
            #expect(id.attributes.isEmpty)
            #expect(!id.text.isEmpty && id.text != "0" && id.text == id.text.trimmingCharacters(in: .whitespacesAndNewlines))

            let item = try #require(try await CaseRegister.find(reference: id.text, in: world.council.requireID(), on: app.db))
            #expect(item.channel == .open311)
            #expect(item.client == "FixMyStreet")
            #expect(item.receivedAt == clock.now)
            #expect(item.latitude == 52.586214 && item.longitude == -2.129821)
            #expect(item.description.hasPrefix("title: Deep pothole outside the school\n\ndetail: It has burst a tyre."))
            #expect(!item.description.contains("\r"))
            #expect(item.answers.map(\.answer) == ["4 cm or more", "1234"])
            #expect(item.contactName == "Jane Q. Public" && item.contactEmail == "jane@example.org")
            #expect(item.division.name == "Highways")
            #expect(item.resolveBy != nil, "the service's standard applies")
        }
    }

    @Test("A report with photos comes as multipart and is taken the same way")
    func multipartReport() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9]
            let posted = try await world.fixMyStreet.postMultipart("requests.xml", PotholeCouncil.report(title: "Photographed pothole"), photo: photo)
            #expect((200...201).contains(posted.status.code), "\(posted.body.string)")
            let reference = try #require(try FixMyStreet.xml(posted).first("request")?["service_request_id"])
            let item = try #require(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db))
            #expect(item.description.contains("Photographed pothole"))
            #expect(item.answers.first?.answer == "4 cm or more")
        }
    }

    @Test("Writes without a valid key are refused with 403, an unknown service is 404, and a missing answer or location is 400 naming the field, in GeoReport's errors")
    func refusals() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            var stranger = world.fixMyStreet
            stranger.apiKey = "gh_not-a-key"
            let forbidden = try await stranger.post("requests.xml", PotholeCouncil.report())
            #expect(forbidden.status == .forbidden)
            let error = try #require(try FixMyStreet.xml(forbidden).first("error"))
            #expect(error["code"] == "403")
            #expect(error["description"]?.contains("api_key") == true)

            var unknown = PotholeCouncil.report()
            unknown[0] = ("service_code", "dragon-sightings")
            #expect(try await world.fixMyStreet.post("requests.xml", unknown).status == .notFound)

            let missing = PotholeCouncil.report().filter { !["attribute[depth]", "lat", "long"].contains($0.0) }
            let refused = try await world.fixMyStreet.post("requests.xml", missing)
            #expect(refused.status == .badRequest)
            let problems = try FixMyStreet.xml(refused).all("error").compactMap { $0["description"] }
            #expect(problems.contains { $0.hasPrefix("attribute[depth]:") })
            #expect(problems.contains { $0.hasPrefix("lat, long or address_string:") })

            let json = try await world.fixMyStreet.post("requests.json", missing)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: Any]])
            #expect(list.first?["code"] as? Int == 400)
            #expect(try await Case.query(on: app.db).count() == 0, "nothing refused is half-written")
        }
    }

    @Test("A report by postcode alone is taken, with the postcode as the case's location")
    func reportByPostcode() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let byPostcode = PotholeCouncil.report().filter { !["lat", "long"].contains($0.0) } + [("address_string", "wv1 2ab")]
            let posted = try await world.fixMyStreet.post("requests.xml", byPostcode)
            let reference = try #require(try FixMyStreet.xml(posted).first("request")?["service_request_id"])
            let item = try #require(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db))
            #expect(item.locationPostcode == "WV1 2AB")
        }
    }

    @Test("Staff's public updates appear in servicerequestupdates inside the window with stable ids, and never their internal notes")
    func updatesFromStaff() async throws {
        try await withGuildhall { app, clock in
            let world = try await PotholeCouncil.make(app)
            let fms = world.fixMyStreet
            let reference = try #require(try FixMyStreet.xml(try await fms.post("requests.xml", PotholeCouncil.report())).first("request")?["service_request_id"])
            let item = try #require(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db))
            clock.advance(minutes: 30)
            try await CaseRegister.update(item, with: CaseUpdate(status: "action-scheduled", publicNote: "A crew will fill it on Friday.",
                                                                 internalNote: "Crew 4, Tuesday's list"), by: .commandLine, at: clock.now, on: app.db)
            clock.advance(minutes: 30)
            try await CaseRegister.update(item, with: CaseUpdate(internalNote: "Moved to crew 2"), by: .commandLine, at: clock.now, on: app.db)

            let window = [("api_key", ""), ("end_date", FixMyStreet.utc(clock.now)), ("start_date", FixMyStreet.utc(clock.now.addingTimeInterval(-7200)))]
            let answer = try await fms.get("servicerequestupdates.xml", window)
            #expect(answer.status == .ok)
            let updates = try FixMyStreet.xml(answer).all("request_update")
            #expect(updates.count == 1, "an internal note alone is not an update")
            let update = try #require(updates.first)
            #expect(update["service_request_id"] == reference)
            #expect(update["status"] == "ACTION_SCHEDULED")
            #expect(update["description"] == "A crew will fill it on Friday.")
            let at = try #require(FixMyStreet.date(update["updated_datetime"] ?? ""))
            #expect(at >= clock.now.addingTimeInterval(-7200) && at <= clock.now)
            #expect(!answer.body.string.contains("Crew 4"))

            let again = try FixMyStreet.xml(try await fms.get("servicerequestupdates.xml", window)).all("request_update")
            #expect(again.map { $0["update_id"] } == updates.map { $0["update_id"] }, "ids are stable")
            let later = [("api_key", ""), ("end_date", FixMyStreet.utc(clock.now.addingTimeInterval(7200))), ("start_date", FixMyStreet.utc(clock.now.addingTimeInterval(60)))]
            #expect(try FixMyStreet.xml(try await fms.get("servicerequestupdates.xml", later)).all("request_update").isEmpty)
        }
    }

    @Test("An update FixMyStreet posts is on the case as the resident's public update, not the council's reply, once however often it is sent; FIXED closes the case and REOPEN opens it")
    func updatesFromFixMyStreet() async throws {
        try await withGuildhall { app, clock in
            let world = try await PotholeCouncil.make(app)
            let fms = world.fixMyStreet
            let reference = try #require(try FixMyStreet.xml(try await fms.post("requests.xml", PotholeCouncil.report())).first("request")?["service_request_id"])
            clock.advance(minutes: 10)
            func update(_ status: String, _ text: String, id: String) -> [(String, String)] {
                [("service_request_id", reference), ("update_id", id), ("updated_datetime", "2003-11-04T00:10:00+00:00"), ("status", status),
                 ("description", text), ("first_name", "Jane"), ("last_name", "-"), ("email", "jane@example.org"), ("phone", ""),
                 ("service_code", "report-a-pothole"), ("email_alerts_requested", "FALSE")]
            }
            let posted = try await fms.post("servicerequestupdates.xml", update("OPEN", "It is getting bigger.\r\nPlease hurry.", id: "501"))
            #expect((200...201).contains(posted.status.code), "\(posted.body.string)")
            let updateID = try #require(try FixMyStreet.xml(posted).first("request_update")?["update_id"])
            #expect(!updateID.isEmpty)

            let item = try #require(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db))
            let step = try #require(try await CaseRegister.history(of: item, on: app.db).last)
            #expect(step.id?.uuidString == updateID)
            #expect(step.publicNote == "It is getting bigger.\nPlease hurry.")
            #expect(step.actorName == "Jane, through FixMyStreet")
            #expect(item.repliedOn == nil, "the resident's words are not the council's reply")
            #expect(item.status == .open)

            // Sent again, as after a timeout: the same update, recorded once.
            let steps = try await CaseRegister.history(of: item, on: app.db).count
            let repeated = try await fms.post("servicerequestupdates.xml", update("OPEN", "It is getting bigger.\r\nPlease hurry.", id: "501"))
            #expect(try FixMyStreet.xml(repeated).first("request_update")?["update_id"] == updateID)
            #expect(try await CaseRegister.history(of: item, on: app.db).count == steps, "a repeated update is not recorded twice")

            #expect(try await fms.post("servicerequestupdates.xml", update("FIXED", "Filled in, thank you.", id: "502")).status.code < 300)
            #expect(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db)?.status == .fixed)
            #expect(try await fms.post("servicerequestupdates.xml", update("REOPEN", "It has opened up again.", id: "503")).status.code < 300)
            #expect(try await CaseRegister.find(reference: reference, in: world.council.requireID(), on: app.db)?.status == .open)

            var stranger = fms
            stranger.apiKey = ""
            #expect(try await stranger.post("servicerequestupdates.xml", update("OPEN", "Spam", id: "504")).status == .forbidden)
            #expect(try await fms.post("servicerequestupdates.xml", [("service_request_id", "WV-ZZZZZZ"), ("description", "Lost")]).status == .notFound)
        }
    }

    @Test("Requests are found by a window of dates and by a list of ids, with their location and times, in XML and in JSON")
    func requestsByWindowAndIDs() async throws {
        try await withGuildhall { app, clock in
            let world = try await PotholeCouncil.make(app)
            let fms = world.fixMyStreet
            let start = clock.now
            let first = try #require(try FixMyStreet.xml(try await fms.post("requests.xml", PotholeCouncil.report())).first("request")?["service_request_id"])
            clock.advance(minutes: 5)
            let second = try #require(try FixMyStreet.xml(try await fms.post("requests.xml", PotholeCouncil.report(title: "Another"))).first("request")?["service_request_id"])
            clock.advance(minutes: 5)

            let window = try FixMyStreet.xml(try await fms.get("requests.xml", [("start_date", FixMyStreet.utc(start)), ("end_date", FixMyStreet.utc(clock.now))]))
            let requests = window.all("request")
            #expect(Set(requests.compactMap { $0["service_request_id"] }) == [first, second])
            for request in requests {
                #expect(request["lat"] == "52.586214" && request["long"] == "-2.129821")
                let updated = try #require(FixMyStreet.date(request["updated_datetime"] ?? ""))
                #expect(updated >= start && updated <= clock.now)
                #expect(request["status"] == "open")
                #expect(request["service_code"] == "report-a-pothole")
            }
            #expect(try FixMyStreet.xml(try await fms.get("requests.xml", [("start_date", FixMyStreet.utc(clock.now.addingTimeInterval(60))),
                                                                            ("end_date", FixMyStreet.utc(clock.now.addingTimeInterval(3600)))])).all("request").isEmpty)

            let byID = try FixMyStreet.xml(try await fms.get("requests.xml", [("service_request_id", "\(first),\(second)")]))
            #expect(Set(byID.all("request").compactMap { $0["service_request_id"] }) == [first, second])

            let json = try await fms.get("requests/\(first).json")
            #expect(json.headers.first(name: .contentType) == "application/json; charset=utf-8")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: Any]])
            #expect(list.count == 1 && list.first?["service_request_id"] as? String == first)
            #expect(try await fms.get("requests/WV-ZZZZZZ.xml").status == .notFound)

            let item = try #require(try await CaseRegister.find(reference: first, in: world.council.requireID(), on: app.db))
            let token = try FixMyStreet.xml(try await fms.get("tokens/\(item.id!.uuidString).xml"))
            #expect(token.first("request")?["service_request_id"] == first)
        }
    }

    @Test("An unknown jurisdiction is not found, and one left out means the home council")
    func jurisdictions() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            var elsewhere = world.fixMyStreet
            elsewhere.jurisdiction = "atlantis"
            let missing = try await elsewhere.get("services.xml")
            #expect(missing.status == .notFound)
            #expect(try FixMyStreet.xml(missing).first("error")?["code"] == "404")

            let bare = try await app.testing().sendRequest(.GET, "/open311/v2/services.json")
            let services = try #require(try JSONSerialization.jsonObject(with: Data(bare.body.readableBytesView)) as? [[String: Any]])
            #expect(services.map { $0["service_code"] as? String } == ["report-a-pothole"])
            let discovery = try FixMyStreet.xml(try await app.testing().sendRequest(.GET, "/open311/v2/discovery.xml"))
            #expect(discovery.first("endpoints")?.first("endpoint")?["specification"] == "http://wiki.open311.org/GeoReport_v2")
        }
    }

    @Test("Reports sent at the same moment are all taken, none refused because another was being written")
    func concurrentReports() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for number in 0..<16 {
                    group.addTask { try await world.fixMyStreet.post("requests.xml", PotholeCouncil.report(title: "Pothole \(number)")).status.code }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 201 }, "\(statuses)")
            #expect(try await Case.query(on: app.db).count() == 16)
        }
    }

    @Test("Requests taken on the phone or the Hub are listed without what the resident said, which only an Open311 application has published")
    func otherChannelsKeepTheirDescriptionPrivate() async throws {
        try await withGuildhall { app, _ in
            let world = try await PotholeCouncil.make(app)
            let call = try await CaseRegister.create(CaseDraft(service: "report-a-pothole", interactionType: "6", channel: "telephone",
                                                               description: "Mrs Ada Lovelace rang about the hole outside 12 Acacia Avenue"),
                                                     in: world.council, by: .commandLine, at: Date(), on: app.db)
            let answer = try await world.fixMyStreet.get("requests/\(call.reference).xml")
            #expect(try FixMyStreet.xml(answer).first("request")?["description"] == "Report a pothole")
            #expect(!answer.body.string.contains("Lovelace") && !answer.body.string.contains("Acacia"))
        }
    }
}
