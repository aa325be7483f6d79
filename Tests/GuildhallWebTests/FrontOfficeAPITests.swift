import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("The front office through the API")
struct FrontOfficeAPITests {
    @Test("A resident is added with possible duplicates named, found by search, given a case with due dates; the case is worked and closed; every view is recorded")
    func residentsAndCases() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, Catalogues.frontOffice)
            let environment = try #require(try await DivisionRegister.find(named: "Environmental Services", in: council.requireID(), on: app.db))
            let agent = try await client(app, "agent@wyvern.example", roles: [.frontOffice], in: council)
            let officer = try await client(app, "officer@wyvern.example", roles: [.backOffice], in: council, division: environment)

            let first = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/customers",
                                             json: #"{"name": "Ann Smith", "email": "ann@example.com", "phone": "01632 960001", "address": {"lines": ["1 High Street"], "postcode": "wv1 2ab"}}"#)
            #expect(first.status == .created)
            let ann = try #require(try json(first)["id"] as? String)
            #expect((try json(first)["possibleDuplicates"] as? [Any])?.isEmpty == true)
            let second = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/customers", json: #"{"name": "A. Smith", "phone": "+44 1632 960001"}"#)
            let matches = try #require(try json(second)["possibleDuplicates"] as? [[String: Any]])
            #expect(matches.map { $0["id"] as? String } == [ann] && matches.first?["rules"] as? [String] == ["phone"])
            let badResident = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/customers", json: #"{"email": "not-an-address", "address": {"postcode": "12345"}}"#)
            #expect(badResident.status == .unprocessableEntity)
            #expect(try json(badResident)["problems"] as? [String] == [
                "name: Enter the resident’s name", "email: Enter an email address like name@example.com", "address.postcode: Enter a postcode like WV1 2AB",
            ])

            let found = try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/customers?q=WV12AB")
            #expect((try json(found)["customers"] as? [[String: Any]])?.map { $0["id"] as? String } == [ann])

            // Tuesday 4 November 2003, by email (5 working days) about a missed bin (2 working days).
            let opened = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                              json: #"{"service": "missed-bin-collection", "interactionType": 9, "channel": "email", "description": "Bin not emptied", "customer": "\#(ann)", "location": {"address": "1 High Street", "postcode": "WV1 2AB", "lat": 52.1, "long": -2.3}}"#)
            #expect(opened.status == .created)
            let item = try json(opened)
            let reference = try #require(item["reference"] as? String)
            #expect(item["status"] as? String == "open")
            #expect(item["replyBy"] as? String == "2003-11-11" && item["resolveBy"] as? String == "2003-11-06")
            #expect((item["division"] as? [String: Any])?["name"] as? String == "Environmental Services")
            let telephone = try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                                           json: #"{"service": "pothole", "interactionType": 9, "channel": "telephone", "description": "Hole"}"#))
            #expect(telephone["replyBy"] is NSNull && telephone["resolveBy"] as? String == "2003-11-18")

            let contact = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/contacts",
                                               json: #"{"channel": "telephone", "service": "missed-bin-collection", "interactionType": 9, "customer": "\#(ann)", "outcome": "case", "case": "\#(reference.lowercased())"}"#)
            #expect(contact.status == .created)
            #expect(try json(contact)["case"] as? String == reference)

            let unknown = try await officer.send(.POST, "/api/v1/cases/\(reference)/updates", json: #"{"status": "sorted"}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect((try json(unknown)["problems"] as? [String])?.first?.hasPrefix("status: “sorted” is not a status") == true)
            let noOriginal = try await officer.send(.POST, "/api/v1/cases/\(reference)/updates", json: #"{"status": "duplicate"}"#)
            #expect(try json(noOriginal)["problems"] as? [String] == ["duplicateOf: Give the reference of the case this one duplicates"])

            clock.advance(days: 1)
            let working = try await officer.send(.POST, "/api/v1/cases/\(reference)/updates",
                                                 json: #"{"status": "in-progress", "public": "A crew is on its way", "internal": "Crew 4", "assignTo": {"officer": "officer@wyvern.example"}}"#)
            #expect(working.status == .created)
            #expect((try json(working)["officer"] as? [String: Any])?["email"] as? String == "officer@wyvern.example")
            #expect(try json(working)["repliedOn"] as? String == "2003-11-05")
            try await officer.send(.POST, "/api/v1/cases/\(reference)/updates", json: #"{"status": "fixed", "public": "Emptied"}"#)

            let shown = try json(try await agent.send(.GET, "/api/v1/cases/\(reference.lowercased())"))
            #expect(shown["status"] as? String == "fixed" && shown["open"] as? Bool == false && shown["closedOn"] as? String == "2003-11-05")
            let history = try #require(shown["history"] as? [[String: Any]])
            #expect(history.count == 3 && history[1]["internal"] as? String == "Crew 4" && history[2]["public"] as? String == "Emptied")

            let resident = try json(try await agent.send(.GET, "/api/v1/customers/\(ann)"))
            #expect((resident["cases"] as? [[String: Any]])?.map { $0["status"] as? String } == ["fixed"])
            #expect((resident["contacts"] as? [[String: Any]])?.count == 1)
            #expect(try await RecordView.query(on: app.db).filter(\.$residentID == UUID(uuidString: ann)!).filter(\.$via == "api").count() == 1)

            // Back-office staff see the residents of their own division's cases, and no one else's.
            #expect(try await officer.send(.GET, "/api/v1/customers/\(ann)").status == .ok)
            let stranger = try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/customers", json: #"{"name": "Bob Jones"}"#))["id"] as! String
            #expect(try await officer.send(.GET, "/api/v1/customers/\(stranger)").status == .notFound)
            #expect(try await officer.send(.GET, "/api/v1/cases/\(telephone["reference"] as! String)").status == .notFound)
        }
    }

    @Test("A case in the future, with an unknown service, channel or status, is refused naming each problem, and nothing is written")
    func refusals() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, Catalogues.frontOffice)
            let agent = try await client(app, "agent@wyvern.example", roles: [.frontOffice], in: council)
            let refused = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                               json: #"{"service": "dragons", "interactionType": 9, "channel": "carrier-pigeon", "description": "x", "receivedAt": "2003-11-05T09:00:00Z", "customer": "5C1A4F4E-0000-4000-8000-000000000000"}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try json(refused)["problems"] as? [String] == [
                "service: There is no service “dragons” in the catalogue",
                "channel: Choose a channel: telephone, face-to-face, letter, email, web, open311",
                "receivedAt: A case cannot be received in the future",
                "customer: There is no resident with the id 5C1A4F4E-0000-4000-8000-000000000000",
            ])
            let empty = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases", json: "{}")
            #expect(try json(empty)["problems"] as? [String] == [
                "service: Choose the service the case is about", "interactionType: Choose an interaction type from 1 to 10",
                "channel: Choose a channel: telephone, face-to-face, letter, email, web, open311", "description: Describe what the resident asked for",
            ])
            let contact = try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/contacts", json: #"{"channel": "face-to-face", "service": "pothole", "interactionType": 9, "outcome": "shrugged"}"#)
            #expect(try json(contact)["problems"] as? [String] == [
                "outcome: Choose an outcome: resolved, case, signposted, transferred", "site: Choose the INFO centre where the resident was seen",
            ])
            #expect(try await Case.query(on: app.db).count() == 0)
            #expect(try await Contact.query(on: app.db).count() == 0)
            #expect(try await CaseStep.query(on: app.db).count() == 0)
        }
    }

    @Test("Committee members and central reviewers are refused every front-office route; another organisation's residents and cases are not found")
    func access() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, Catalogues.frontOffice)
            let agent = try await client(app, "agent@wyvern.example", roles: [.frontOffice], in: council)
            let ann = try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/customers", json: #"{"name": "Ann Smith"}"#))["id"] as! String
            let reference = try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                                           json: #"{"service": "pothole", "interactionType": 9, "channel": "telephone", "description": "Hole"}"#))["reference"] as! String
            let routes: [(HTTPMethod, String)] = [
                (.GET, "/api/v1/organisations/wyvern-vale/services"), (.POST, "/api/v1/organisations/wyvern-vale/customers"),
                (.GET, "/api/v1/organisations/wyvern-vale/customers?q=ann"), (.GET, "/api/v1/customers/\(ann)"),
                (.POST, "/api/v1/organisations/wyvern-vale/contacts"), (.POST, "/api/v1/organisations/wyvern-vale/cases"),
                (.GET, "/api/v1/cases/\(reference)"), (.POST, "/api/v1/cases/\(reference)/updates"),
                (.GET, "/api/v1/organisations/wyvern-vale/standards"), (.GET, "/api/v1/organisations/wyvern-vale/take-up"),
            ]
            for role in [Role.committeeMember, .centralReviewer] {
                let reader = try await client(app, "\(role.rawValue)@wyvern.example", roles: [role], in: council)
                for (method, path) in routes {
                    #expect(try await reader.send(method, path).status == .forbidden, "\(role) \(method) \(path)")
                }
            }
            let other = try await Fixtures.organisation(app, slug: "marlshire", tier: .county)
            let theirs = try await client(app, "agent@marlshire.example", roles: [.frontOffice], in: other)
            #expect(try await theirs.send(.GET, "/api/v1/customers/\(ann)").status == .notFound)
            #expect(try await theirs.send(.GET, "/api/v1/cases/\(reference)").status == .notFound)
            #expect(try await theirs.send(.POST, "/api/v1/cases/\(reference)/updates", json: #"{"status": "fixed"}"#).status == .notFound)
            #expect(try await theirs.send(.GET, "/api/v1/organisations/wyvern-vale/standards").status == .notFound)
            #expect(try await theirs.send(.GET, "/api/v1/organisations/wyvern-vale/customers?q=ann").status == .notFound)
        }
    }

    @Test("Compliance and take-up over a period: met when replied or closed on or before the due day, by standard, division, service and month")
    func standardsAndTakeUp() async throws {
        try await withGuildhall { app, clock in
            let council = try await Fixtures.organisation(app)
            try await Catalogues.load(app, into: council, Catalogues.frontOffice)
            let agent = try await client(app, "agent@wyvern.example", roles: [.frontOffice], in: council)
            func open(_ service: String, _ channel: String) async throws -> String {
                try json(try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/cases",
                                              json: #"{"service": "\#(service)", "interactionType": 9, "channel": "\#(channel)", "description": "x"}"#))["reference"] as! String
            }
            // Tuesday 4 November 2003: a bin by email (reply by 11th, resolve by 6th), a bin by web, a pothole by telephone (resolve by 18th).
            let quick = try await open("missed-bin-collection", "email")
            let slow = try await open("missed-bin-collection", "web")
            let pothole = try await open("pothole", "telephone")
            clock.advance(days: 2) // Thursday 6th: the quick bin is closed on its resolve day; both standards met.
            try await agent.send(.POST, "/api/v1/cases/\(quick)/updates", json: #"{"status": "fixed"}"#)
            clock.advance(days: 6) // Wednesday 12th: the slow bin is closed late for both standards.
            try await agent.send(.POST, "/api/v1/cases/\(slow)/updates", json: #"{"status": "fixed"}"#)
            clock.advance(days: 20) // 2 December: the pothole is closed late (no reply standard on the telephone).
            try await agent.send(.POST, "/api/v1/cases/\(pothole)/updates", json: #"{"status": "fixed"}"#)
            try await agent.send(.POST, "/api/v1/organisations/wyvern-vale/contacts",
                                 json: #"{"channel": "web", "service": "missed-bin-collection", "interactionType": 1, "outcome": "resolved"}"#)

            let all = try json(try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/standards?from=2003-11-01&to=2003-12-31"))
            func tally(_ value: Any?) -> [Double] {
                let object = value as? [String: Any] ?? [:]
                return [object["met"], object["breached"], object["percent"]].map { ($0 as? NSNumber)?.doubleValue ?? -1 }
            }
            #expect(tally(all["overall"]) == [2, 3, 40])
            #expect(tally((all["byStandard"] as? [String: Any])?["reply"]) == [1, 1, 50])
            #expect(tally((all["byStandard"] as? [String: Any])?["resolve"]) == [1, 2, 33.33])
            #expect(tally((all["byDivision"] as? [String: Any])?["highways"]) == [0, 1, 0])
            #expect(tally((all["byService"] as? [String: Any])?["missed-bin-collection"]) == [2, 2, 50])
            #expect(tally((all["byMonth"] as? [String: Any])?["2003-12"]) == [0, 1, 0])
            let november = try json(try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/standards?from=2003-11-01&to=2003-11-30"))
            #expect(tally(november["overall"]) == [2, 2, 50])
            let none = try json(try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/standards?from=2004-01-01&to=2004-01-31"))
            #expect((none["overall"] as? [String: Any])?["percent"] is NSNull)
            #expect(try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/standards?from=2003-12-31&to=2003-11-01").status == .badRequest)

            let takeUp = try json(try await agent.send(.GET, "/api/v1/organisations/wyvern-vale/take-up?from=2003-11-01&to=2003-12-31"))
            let byChannel = try #require(takeUp["byChannel"] as? [String: [String: Int]])
            #expect(byChannel["email"] == ["contacts": 0, "cases": 1] && byChannel["web"] == ["contacts": 1, "cases": 1])
            #expect((takeUp["byMonth"] as? [String: [String: [String: Int]]])?["2003-12"]?["web"] == ["contacts": 1, "cases": 0])
            #expect((takeUp["total"] as? [String: Int]) == ["contacts": 1, "cases": 3])
        }
    }
}
