import FluentKit
import Foundation

/// Neighbouring councils whose final statements are already submitted, so that central
/// government's national view has something to compare the demo council against.
enum DemoNational {
    struct Council {
        var slug: String
        var name: String
        var tier: Tier
        /// Of 40 applicable interactions.
        var eEnabled: Int
        /// A review releasing this grant, if reviewed yet.
        var grant: Int?
    }

    static let councils = [
        Council(slug: "eastbrook", name: "Eastbrook Borough Council", tier: .district, eEnabled: 29, grant: 200_000),
        Council(slug: "marlshire", name: "Marlshire County Council", tier: .county, eEnabled: 35, grant: nil),
        Council(slug: "northfold", name: "Northfold District Council", tier: .district, eEnabled: 19, grant: nil),
    ]

    static func seed(at now: Date, on db: any Database, render: SubmissionRegister.Renderer) async throws {
        let actor = Actor.demoSeed
        let today = CalendarDay(now)
        let enabledOn = today.adding(months: -6).description
        for council in councils {
            let organisation = try await OrganisationRegister.add(
                OrganisationDraft(slug: council.slug, name: council.name, tier: council.tier.rawValue), by: actor, at: now, on: db)
            let rows = (0..<40).map { index in
                let electronic = index < council.eEnabled
                return "Service \(index / 4 + 1),Customer Services,\(index % 4 + 1),yes,\(electronic ? "web" : "telephone"),\(electronic ? enabledOn : "")"
            }
            try await ImportRegister.apply("service,division,interaction,applicable,channels,e_enabled_on\n" + rows.joined(separator: "\n") + "\n",
                                              to: organisation.requireID(), by: actor, at: now, on: db)
            let created = try await StatementRegister.create(for: organisation.requireID(), year: DemoStatement.year, proForma: "ieg3", by: actor, at: now, on: db)
            let statement = try await StatementRegister.find(created.requireID(), in: organisation.requireID(), on: db)!
            for section in statement.sections {
                let json = DemoStatement.content[section.key]!.replacingOccurrences(of: "2003-09-30", with: today.latestQuarterEnd.description)
                try await StatementRegister.save(section, of: statement, json: Data(json.utf8), by: actor, at: now, on: db)
                try await StatementRegister.complete(section, of: statement, by: actor, at: now, on: db)
            }
            for (body, days, minute) in [("cabinet", -21, "CAB/88"), ("full-council", -10, "FC/31")] {
                _ = try await ConsultationRegister.decide(on: statement, body: body, outcome: "approved", decidedOn: today.adding(days: days).description,
                                                   minute: minute, delegatedTo: nil, by: actor, at: now, on: db)
            }
            let submission = try await SubmissionRegister.submit(statement, as: .final, organisation: organisation, by: actor, at: now, on: db, render: render)
            if let grant = council.grant {
                _ = try await SubmissionRegister.review(submission, outcome: "satisfactory", reasons: "", grant: String(grant), by: actor, at: now, on: db)
            }
        }
    }
}
