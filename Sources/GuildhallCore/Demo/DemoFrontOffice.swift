import FluentKit
import Foundation

/// The demo council's front office: two INFO centres with people waiting at one, a few hundred
/// fictional residents, and six months of contacts and cases across every status, channel and
/// division, worked through the same rules as real ones so that the figures add up. Phone numbers
/// are from Ofcom's ranges for drama and email addresses are at example.com.
enum DemoFrontOffice {
    static let firstNames = [
        "Ann", "Ben", "Carys", "David", "Elif", "Fatima", "George", "Hannah", "Imran", "Jade", "Kwame", "Laura", "Mohammed", "Niamh",
        "Oliver", "Priya", "Rhys", "Sophie", "Tomasz", "Una", "Victor", "Wendy", "Yusuf", "Zoë", "Aled", "Bethan", "Chloé", "Deepak",
        "Emma", "Finn", "Grace", "Harry", "Isla", "Jack", "Kiran", "Lily", "Mei", "Noah", "Olga", "Patrick",
    ]
    static let surnames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans",
        "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Lewis", "Nowak", "O’Brien",
        "Begum", "Okafor", "Müller", "Ahmed", "Harris", "Martin", "Cooper", "King", "Lee", "Morgan", "Price", "Reid", "Shaw",
    ]
    static let streets = ["High Street", "Church Lane", "Mill Road", "Station Road", "Victoria Street", "Orchard Close", "Riverside Walk", "Park View", "Queens Avenue", "Market Square"]
    static let reasons = ["Council tax bill", "Housing benefit claim", "Report a missed bin", "Parking permit", "Planning enquiry", "Blue badge", "Pay a parking fine", "Housing repair"]

    static func seed(_ council: Organisation, frontOffice: User, at now: Date, on db: any Database) async throws {
        let organisationID = try council.requireID()
        let actor = Actor.demoSeed
        var random = SplitMix64(seed: 157)
        let today = CalendarDay(now)

        for year in [today.year, today.year + 1] {
            for day in 29...31 {
                _ = try await StandardsRegister.addClosure(day: String(format: "%04d-12-%02d", year, day), label: "Christmas closure",
                                                           to: organisationID, by: actor, at: now, on: db)
            }
        }
        let centre = try await SiteRegister.add(name: "Wyvern Vale INFO Centre", address: "Market Square, Wyvern Vale WV1 1AA",
                                                openingHours: "Monday to Friday 9am to 5pm, Saturday 9am to 12 noon", to: organisationID, by: actor, at: now, on: db)
        let riverside = try await SiteRegister.add(name: "Riverside INFO Centre", address: "Riverside Library, Quay Street, Wyvern Vale WV3 2BD",
                                                   openingHours: "Tuesday and Thursday 10am to 4pm", to: organisationID, by: actor, at: now, on: db)
        frontOffice.$site.id = try centre.requireID()
        try await frontOffice.save(on: db)

        var residents: [Resident] = []
        for index in 0..<300 {
            let first = firstNames[Int(random.next() % UInt64(firstNames.count))], last = surnames[Int(random.next() % UInt64(surnames.count))]
            let street = streets[index % streets.count]
            let postcode = "WV\(1 + index % 4) \(1 + index % 9)\(["AB", "CD", "EF", "GH", "JK", "LN"][index % 6])"
            let draft = ResidentDraft(
                name: "\(first) \(last)", email: random.unit() < 0.6 ? "\(SearchText.fold(first)).\(index)@example.com" : "",
                phone: random.unit() < 0.5 ? String(format: "01632 960%03d", index) : String(format: "07700 900%03d", index),
                addressLines: ["\(1 + index % 80) \(street)", "Wyvern Vale"], postcode: postcode,
                preferredChannel: ["", "email", "telephone", "letter"][index % 4], consentsToEmail: index % 3 == 0, consentsToText: index % 5 == 0,
                needs: index % 17 == 0 ? ["large-print"] : index % 23 == 0 ? ["interpreter"] : [])
            residents.append(try await ResidentRegister.create(draft, in: organisationID, by: actor, at: now.addingTimeInterval(-200 * 86400), on: db))
        }

        let interactions = try await Interaction.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$applicable == true)
            .with(\.$service).with(\.$division).all()
        let environmental = interactions.filter { $0.division.name == "Environmental Services" && $0.standardDays != nil }
        let others = interactions.filter { $0.division.name != "Environmental Services" && $0.standardDays != nil }
        let channels: [ContactChannel] = [.telephone, .telephone, .email, .web, .web, .letter, .faceToFace, .open311]
        let closing: [CaseStatus] = [.fixed, .fixed, .fixed, .noFurtherAction, .notCouncilsResponsibility, .closed, .cancelled]
        let open: [CaseStatus] = [.open, .investigating, .inProgress, .actionScheduled, .waitingForCustomer, .referred]

        for index in 0..<400 {
            let interaction = random.unit() < 0.55 ? environmental[Int(random.next() % UInt64(environmental.count))] : others[Int(random.next() % UInt64(others.count))]
            let daysAgo = Int(random.unit() * 182)
            let received = workingTime(now.addingTimeInterval(-Double(daysAgo) * 86400), random: &random, notAfter: now)
            let channel = channels[Int(random.next() % UInt64(channels.count))]
            let resident = random.unit() < 0.9 ? residents[Int(random.next() % UInt64(residents.count))] : nil
            let item = try await CaseRegister.create(CaseDraft(
                service: interaction.service.slug, interactionType: String(interaction.type.code), channel: channel.rawValue,
                description: "\(interaction.service.name): \(["please help", "reported by the resident", "follow-up requested", "urgent, says the resident"][index % 4])",
                residentID: resident?.id?.uuidString ?? "", receivedAt: ISO8601DateFormatter().string(from: received),
                locationAddress: resident.map { $0.addressLines.first ?? "" } ?? "", siteID: channel == .faceToFace ? centre.id!.uuidString : "",
                client: channel == .open311 ? "FixMyStreet" : ""), in: council, by: actor, at: received, on: db)
            _ = try await ContactRegister.record(ContactDraft(
                channel: channel.rawValue, service: interaction.service.slug, interactionType: String(interaction.type.code),
                residentID: resident?.id?.uuidString ?? "", outcome: ContactOutcome.case.rawValue, siteID: channel == .faceToFace ? centre.id!.uuidString : "",
                client: channel == .open311 ? "FixMyStreet" : ""), case: item, in: organisationID, by: actor, at: received, on: db)

            let standard = interaction.standardDays ?? 10
            // Replies and closures come a little before or after the due day, so some are late.
            let replyAfter = Double(1 + Int(random.unit() * 7)) * 86400
            let closeAfter = Double(Int(Double(standard) * (0.4 + random.unit() * 1.1)) + 1) * 86400
            if received.addingTimeInterval(replyAfter) < now {
                try await CaseRegister.update(item, with: CaseUpdate(status: CaseStatus.inProgress.rawValue, publicNote: "Thank you: an officer is looking into this.",
                                                                     internalNote: "Picked up from the queue."),
                                              by: actor, at: received.addingTimeInterval(replyAfter), on: db)
            }
            if received.addingTimeInterval(max(closeAfter, replyAfter + 3600)) < now, random.unit() < 0.92 {
                let status = closing[Int(random.next() % UInt64(closing.count))]
                try await CaseRegister.update(item, with: CaseUpdate(status: status.rawValue, publicNote: status == .fixed ? "This has been done. Thank you for letting us know." : "We have closed this request."),
                                              by: actor, at: received.addingTimeInterval(max(closeAfter, replyAfter + 3600)), on: db)
            } else if item.isOpen {
                let status = open[Int(random.next() % UInt64(open.count))]
                guard status != item.status else { continue }
                try await CaseRegister.update(item, with: CaseUpdate(status: status.rawValue, internalNote: status == .waitingForCustomer ? "Asked the resident for a photograph." : ""),
                                              by: actor, at: min(now, received.addingTimeInterval(replyAfter + 7200)), on: db)
            }
        }

        // Contacts resolved there and then, moving online month by month.
        for index in 0..<500 {
            let daysAgo = Int(random.unit() * 182)
            let at = workingTime(now.addingTimeInterval(-Double(daysAgo) * 86400), random: &random, notAfter: now)
            let online = 0.25 + 0.35 * (1 - Double(daysAgo) / 182)
            let roll = random.unit()
            let channel: ContactChannel = roll < online ? (random.unit() < 0.7 ? .web : .email) : roll < online + 0.45 ? .telephone : roll < 0.93 ? .faceToFace : .letter
            let interaction = interactions[Int(random.next() % UInt64(interactions.count))]
            _ = try await ContactRegister.record(ContactDraft(
                channel: channel.rawValue, service: interaction.service.slug, interactionType: String(interaction.type.code),
                residentID: random.unit() < 0.7 ? residents[index % residents.count].id!.uuidString : "",
                outcome: index % 9 == 0 ? ContactOutcome.signposted.rawValue : index % 13 == 0 ? ContactOutcome.transferred.rawValue : ContactOutcome.resolved.rawValue,
                siteID: channel == .faceToFace ? (index % 3 == 0 ? riverside.id!.uuidString : centre.id!.uuidString) : ""),
                in: organisationID, by: actor, at: at, on: db)
        }

        // Visits over the last month, and people waiting at the INFO centre now.
        for index in 0..<90 {
            let arrived = workingTime(now.addingTimeInterval(-Double(1 + index % 30) * 86400), random: &random, notAfter: now)
            let visit = try await SiteRegister.arrive(at: index % 3 == 0 ? riverside : centre, resident: index % 2 == 0 ? residents[(index * 7) % residents.count] : nil,
                                                      visitor: "Visitor \(index + 1)", reason: reasons[index % reasons.count], by: actor, at: arrived, on: db)
            try await SiteRegister.settle(visit, called: index % 11 != 0, by: Actor(id: frontOffice.id, name: "\(frontOffice.name) <\(frontOffice.email)>"),
                                          at: arrived.addingTimeInterval(Double(2 + Int(random.unit() * 25)) * 60), on: db)
        }
        for (index, minutes) in [24.0, 17, 9, 3].enumerated() {
            _ = try await SiteRegister.arrive(at: centre, resident: index % 2 == 0 ? residents[index * 31] : nil, visitor: ["", "Mr Hughes", "", "Ms Lewis"][index],
                                              reason: reasons[index], by: actor, at: now.addingTimeInterval(-minutes * 60), on: db)
        }

        // The cases' history was told to residents at the time: their messages count as written to
        // the log, and most residents answered the closing question.
        try await Outbox.markAllSent(via: "log", on: db)
        for survey in try await SatisfactionSurvey.query(on: db).filter(\.$organisationID == organisationID).all() where random.unit() < 0.6 {
            try await SatisfactionRegister.answer(survey, satisfied: random.unit() < 0.78, at: survey.askedOn.start.addingTimeInterval(2 * 86400), on: db)
        }
    }

    /// A time in office hours on the same day, moved back to the Friday when it falls at a weekend.
    static func workingTime(_ date: Date, random: inout SplitMix64, notAfter now: Date) -> Date {
        var day = CalendarDay(date)
        while day.isWeekend { day = day.adding(days: -1) }
        let time = day.start.addingTimeInterval((9 + random.unit() * 7.5) * 3600)
        return min(time, now.addingTimeInterval(-60))
    }
}
