import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("BVPI 157")
struct BVPI157Tests {
    let now = Date(timeIntervalSince1970: 1_067_904_000)

    /// Imports a hand-written catalogue into a new organisation.
    func catalogue(_ rows: String, on db: any Database, slug: String = "wyvern-vale") async throws -> Organisation {
        let organisation = try await OrganisationRegister.add(OrganisationDraft(slug: slug, name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
        try await ImportRegister.apply("service,division,interaction,applicable,channels,e_enabled_on\n" + rows, to: organisation.requireID(), by: .commandLine, at: now, on: db)
        return organisation
    }

    func report(_ organisation: Organisation, _ day: String, on db: any Database) async throws -> BVPI157Report {
        try await BVPI157.report(for: organisation, on: CalendarDay(day)!, on: db)
    }

    @Test("The e_enabled_on date itself counts; the day before it does not")
    func eEnabledDateCounts() async throws {
        try await withDatabase { db in
            let council = try await catalogue("Council Tax,Revenues,2,yes,web,2004-03-31\n", on: db)
            #expect(try await report(council, "2004-03-31", on: db).overall == Figure(eEnabled: 1, applicable: 1))
            #expect(try await report(council, "2004-03-30", on: db).overall == Figure(eEnabled: 0, applicable: 1))
        }
    }

    @Test("A future e_enabled_on does not count")
    func futureDateDoesNotCount() async throws {
        try await withDatabase { db in
            let council = try await catalogue("Council Tax,Revenues,2,yes,web,2005-01-01\n", on: db)
            let figures = try await report(council, "2004-03-31", on: db)
            #expect(figures.overall.eEnabled == 0)
            #expect(figures.overall.percent == 0)
        }
    }

    @Test("Only non-electronic channels is not e-enabled, whatever the date")
    func nonElectronicChannels() async throws {
        try await withDatabase { db in
            let council = try await catalogue("""
                Council Tax,Revenues,2,yes,telephone;face-to-face;post,2003-01-01
                Council Tax,Revenues,1,yes,telephone-with-records,2003-01-01
                Council Tax,Revenues,8,yes,,2003-01-01

                """, on: db)
            #expect(try await report(council, "2004-03-31", on: db).overall == Figure(eEnabled: 1, applicable: 3))
        }
    }

    @Test("Interactions that are not applicable are left out of both counts")
    func notApplicableIsLeftOut() async throws {
        try await withDatabase { db in
            let council = try await catalogue("""
                Council Tax,Revenues,2,yes,web,2003-01-01
                Council Tax,Revenues,4,no,web,2003-01-01
                Council Tax,Revenues,5,no,,

                """, on: db)
            let figures = try await report(council, "2004-03-31", on: db)
            #expect(figures.overall == Figure(eEnabled: 1, applicable: 1))
            #expect(figures.overall.percent == 100)
            #expect(figures.byInteractionType.first { $0.type == .consultation }?.figure == .zero)
        }
    }

    @Test("Nothing applicable gives no figure, not zero, for the organisation, a type and a division")
    func nothingApplicableIsNull() async throws {
        try await withDatabase { db in
            let council = try await catalogue("""
                Council Tax,Revenues,2,yes,web,2003-01-01
                Parks,Leisure,1,no,web,2003-01-01

                """, on: db)
            let figures = try await report(council, "2004-03-31", on: db)
            #expect(figures.byDivision.map(\.division) == ["Leisure", "Revenues"])
            #expect(figures.byDivision[0].figure.percent == nil)
            #expect(figures.byInteractionType.first { $0.type == .procurement }?.figure.percent == nil)
            let json = try figures.json()
            #expect(json.contains(#"{"applicable":0,"division":"Leisure","eEnabled":0,"percent":null}"#))

            let empty = try await OrganisationRegister.add(OrganisationDraft(slug: "empty", name: "Empty", tier: "district"), by: .commandLine, at: now, on: db)
            #expect(try await report(empty, "2004-03-31", on: db).overall.percent == nil)
        }
    }

    @Test("Figures by type and by division add up to the whole, and every type is listed in code order")
    func breakdowns() async throws {
        try await withDatabase { db in
            let council = try await catalogue("""
                Council Tax,Revenues,2,yes,web,2003-01-01
                Council Tax,Revenues,1,yes,web,2003-06-01
                Council Tax,Revenues,8,yes,web,
                Bins,Environment,1,yes,email,2002-01-01
                Bins,Environment,6,yes,telephone,2002-01-01
                Bins,Environment,4,yes,web,2004-06-01

                """, on: db)
            let figures = try await report(council, "2004-03-31", on: db)
            #expect(figures.overall == Figure(eEnabled: 3, applicable: 6))
            #expect(figures.byInteractionType.map(\.type.code) == Array(1...10))
            #expect(figures.byInteractionType[0].figure == Figure(eEnabled: 2, applicable: 2))
            #expect(figures.byDivision.map(\.division) == ["Environment", "Revenues"])
            #expect(figures.byDivision[0].figure == Figure(eEnabled: 1, applicable: 3))
            #expect(figures.byDivision[1].figure == Figure(eEnabled: 2, applicable: 3))
            #expect(figures.byDivision[0].figure.percent == 33.33)
            #expect(figures.byDivision[1].figure.percent == 66.67)
        }
    }

    @Test("Percentages round half up to two decimal places", arguments: [
        (412, 520, 79.23), (90, 95, 94.74), (1, 8, 12.5), (1, 3, 33.33), (2, 3, 66.67), (1, 1, 100.0), (0, 7, 0.0),
        (1, 16, 6.25), (1, 32, 3.13), (1, 64, 1.56), (1, 2000, 0.05), (1, 4000, 0.03),
    ])
    func rounding(eEnabled: Int, applicable: Int, expected: Double) {
        #expect(Figure(eEnabled: eEnabled, applicable: applicable).percent == expected)
    }

    @Test("The API's JSON has the agreed shape")
    func jsonShape() async throws {
        try await withDatabase { db in
            let council = try await catalogue("Council Tax,Revenues,2,yes,web,2003-01-01\n", on: db)
            let json = try await report(council, "2004-03-31", on: db).json()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["organisation"] as? String == "wyvern-vale")
            #expect(object["on"] as? String == "2004-03-31")
            let overall = try #require(object["overall"] as? [String: Any])
            #expect(overall["eEnabled"] as? Int == 1 && overall["applicable"] as? Int == 1 && overall["percent"] as? Double == 100)
            let types = try #require(object["byInteractionType"] as? [[String: Any]])
            #expect(types.count == 10)
            #expect(types[1]["code"] as? Int == 2 && types[1]["label"] as? String == "Collecting revenue")
            #expect(types[0]["percent"] is NSNull)
        }
    }
}

@Suite("Trajectory")
struct TrajectoryTests {
    let now = Date(timeIntervalSince1970: 1_067_904_000)

    @Test("Month by month: actual from e-enabled dates, planned from target dates, and a target line through the milestones")
    func trajectory() async throws {
        try await withDatabase { db in
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
            let id = try council.requireID()
            try await ImportRegister.apply("""
                service,division,interaction,applicable,channels,e_enabled_on,target_on
                A,One,1,yes,web,2003-09-15,
                A,One,2,yes,telephone,2003-09-15,2003-11-30
                A,One,3,yes,post,,2003-12-01
                A,One,4,yes,web,2003-11-01,
                A,One,5,no,web,2003-08-01,

                """, to: id, by: .commandLine, at: now, on: db)
            let first = try await TargetRegister.add(dueOn: "2003-10-31", percent: "50", label: "", to: id, by: .commandLine, at: now, on: db)
            let last = try await TargetRegister.add(dueOn: "2003-12-31", percent: "100", label: "", to: id, by: .commandLine, at: now, on: db)
            let trajectory = try await Trajectory.compute(for: id, targets: [last, first], today: CalendarDay("2003-11-15")!, on: db)
            #expect(trajectory.points.map(\.month.description) == ["2003-09-30", "2003-10-31", "2003-11-30", "2003-12-31"])
            #expect(trajectory.points.map(\.actual) == [25, 25, 50, nil])
            #expect(trajectory.points.map(\.planned) == [25, 25, 75, 100])
            #expect(trajectory.points.map(\.target) == [nil, 50, 74.59, 100]) // 50 + 50 × 30 ÷ 61 days
        }
    }
}

@Suite("The trajectory's window")
struct TrajectoryWindowTests {
    @Test("More than ten years of history shows the latest ten, up to today, with everything before counted in")
    func longHistory() {
        let groups = [
            Trajectory.Group(enabled: CalendarDay("1990-01-15")!, target: nil, electronic: true, count: 1),
            Trajectory.Group(enabled: CalendarDay("2026-06-01")!, target: nil, electronic: true, count: 1),
        ]
        let trajectory = Trajectory.build(groups: groups, targets: [], today: CalendarDay("2026-12-01")!)
        #expect(trajectory.points.count == Trajectory.maximumMonths)
        #expect(trajectory.points.last?.month.description == "2026-12-31")
        #expect(trajectory.points.first?.month.description == "2017-01-31")
        #expect(trajectory.points.first?.actual == 50)
        #expect(trajectory.points.last?.actual == 100)
    }

    @Test("A target more than ten years ahead still leaves today on the chart")
    func distantTarget() {
        let groups = [Trajectory.Group(enabled: nil, target: CalendarDay("2050-03-31")!, electronic: false, count: 1)]
        let trajectory = Trajectory.build(groups: groups, targets: [], today: CalendarDay("2026-12-01")!)
        #expect(trajectory.points.first?.month.description == "2026-12-31")
        #expect(trajectory.points.count == Trajectory.maximumMonths)
    }
}

@Suite("Moving a service")
struct MovingServiceTests {
    @Test("A service moved to another division takes its interactions' figures with it")
    func movingAServiceMovesItsFigures() async throws {
        try await withDatabase { db in
            let now = Date(timeIntervalSince1970: 1_067_904_000)
            let council = try await OrganisationRegister.add(OrganisationDraft(slug: "wyvern-vale", name: "Wyvern Vale", tier: "district"), by: .commandLine, at: now, on: db)
            let id = try council.requireID()
            try await ImportRegister.apply("service,division,interaction,applicable,channels,e_enabled_on\nParks,Leisure,1,yes,web,2003-01-01\nParks,Leisure,6,yes,post,\n",
                                              to: id, by: .commandLine, at: now, on: db)
            let planning = try await DivisionRegister.add(named: "Planning", to: id, by: .commandLine, at: now, on: db)
            let first = try #require(try await Service.query(on: db).first())
            let parks = try #require(try await CatalogueRegister.find(first.requireID(), in: id, on: db))
            try await CatalogueRegister.updateService(parks, with: ServiceDraft(name: "Parks", lgsl: "", divisionID: planning.id, description: "", isPublic: true),
                                                    by: .commandLine, at: now, on: db)
            let report = try await BVPI157.report(for: council, on: CalendarDay("2004-01-01")!, on: db)
            #expect(report.byDivision.map(\.division) == ["Leisure", "Planning"])
            #expect(report.byDivision[0].figure == Figure(eEnabled: 0, applicable: 0))
            #expect(report.byDivision[1].figure == Figure(eEnabled: 1, applicable: 2))

            try await ImportRegister.apply("service,division,interaction,applicable\nParks,Leisure,4,yes\n", to: id, by: .commandLine, at: now, on: db)
            let back = try await BVPI157.report(for: council, on: CalendarDay("2004-01-01")!, on: db)
            #expect(back.byDivision[0].figure == Figure(eEnabled: 1, applicable: 3))
            let audit = try #require(try await AuditEntry.query(on: db).filter(\.$entity == "service").filter(\.$action == "updated").sort(\.$id).first())
            #expect(AuditRegister.decode(audit.before)["division"] != AuditRegister.decode(audit.after)["division"])
        }
    }
}
