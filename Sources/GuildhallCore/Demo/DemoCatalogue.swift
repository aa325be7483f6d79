import FluentKit
import Foundation

/// The demo council's catalogue: services from the LGSL sample that a district provides, and
/// some of its own, with interactions partly e-enabled and targets spread up to its target date,
/// all relative to the day it is seeded so that the dashboard tells a story whenever it is opened.
enum DemoCatalogue {
    static let owners = [
        "Customer Services": "Jo Baker", "Corporate Services": "Lee Carter", "Environmental Services": "Sam Okafor",
        "Housing": "Priya Nair", "Leisure and Culture": "Tom Hughes", "Planning and Building Control": "Alice Grant",
        "Revenues and Benefits": "Ravi Patel",
    ]

    /// Services of the council's own, not in the LGSL sample.
    static let localServices = [
        "Leisure centre memberships", "Swimming lessons", "Sports pitch bookings", "Community hall hire", "Market stall lettings",
        "Museum education visits", "Arts centre tickets", "Tourist information", "Car park season tickets", "Taxi and private hire licences",
        "Street trading consents", "Animal boarding licences", "Food hygiene ratings", "Food business registration",
        "Workplace health and safety complaints", "Private housing standards", "Houses in multiple occupation licences", "Empty homes",
        "Home energy efficiency grants", "Planning applications", "Planning appeals", "Pre-application planning advice",
        "Local plan consultation", "Land charges searches", "Street naming and numbering", "Garden waste subscriptions",
        "Trade waste collections", "Public toilets", "Cemeteries and burials", "Air quality monitoring", "Contaminated land enquiries",
        "Gambling licences", "Procurement opportunities for local suppliers", "Supplier invoices and payments",
        "Freedom of information requests", "Council meetings and minutes", "Job vacancies", "Postal and proxy votes",
        "Community grants", "Shopmobility", "CCTV footage requests", "Neighbourhood wardens", "Town centre events",
        "Business support and advice", "Business networks and forums", "Residents' panel", "Youth forum",
    ]

    static let divisionKeywords: [(String, [String])] = [
        ("Revenues and Benefits", ["council tax", "business rates", "benefit", "invoices"]),
        ("Housing", ["council home", "housing", "homeless", "garage", "tenants", "right to buy", "sheltered", "squatters", "council properties", "disability facility", "rehousing", "empty homes", "home energy", "multiple occupation", "community alarm"]),
        ("Planning and Building Control", ["building", "planning", "tree preservation", "conservation area", "demolition", "derelict", "land charges", "street naming", "local plan"]),
        ("Environmental Services", ["refuse", "recycling", "waste", "collection", "noise", "pest", "dog", "asbestos", "syringes", "dead animal", "street cleaning", "graffiti", "flytipping", "flyposting", "abandoned", "vandalism", "spillages", "drains", "street name", "food", "health and safety", "air quality", "contaminated", "toilets", "cemeteries", "bereavement", "licen", "consents", "gambling"]),
        ("Leisure and Culture", ["parks", "allotments", "holiday", "street party", "leisure", "swimming", "pitch", "hall hire", "museum", "arts", "tourist", "events", "youth"]),
        ("Corporate Services", ["electoral", "votes", "insurance", "councillors", "meetings", "freedom of information", "job vacancies", "procurement", "emergency planning"]),
    ]

    static func division(for name: String) -> String {
        let lower = name.lowercased()
        return divisionKeywords.first { _, words in words.contains { lower.contains($0) } }?.0 ?? "Customer Services"
    }

    static func types(for name: String) -> [InteractionType] {
        let lower = name.lowercased()
        func has(_ words: String...) -> Bool { words.contains { lower.contains($0) } }
        var types: [InteractionType] = [.providingInformation]
        if has("tax", "rates", "fines", "invoices") { types += [.collectingRevenue, .paying] }
        if has("benefit", "grant") { types += [.providingBenefitsAndGrants, .applicationsForServices] }
        if has("consult", "local plan", "panel", "forum") { types += [.consultation] }
        if has("licen", "registration", "permit", "consents", "regulations", "hygiene", "standards", "preservation", "conservation") { types += [.regulation, .applicationsForServices, .paying] }
        if has("lessons", "memberships", "pitch", "hire", "tickets", "visits", "allotments", "garage", "season", "holiday", "party", "events") { types += [.booking, .paying] }
        if has("collection", "removal", "disposing", "repairs", "pest", "alarm", "home", "cleaning", "searches", "applications", "requests", "votes", "subscriptions") { types += [.applicationsForServices] }
        if has("procurement", "supplier") { types += [.procurement] }
        if has("support groups", "networks", "business support", "voluntary", "youth") { types += [.providingAccessToNetworks] }
        if has("abandoned", "noise", "graffiti", "flytipping", "flyposting", "vandalism", "dog fouling", "spillages", "drains", "dangerous", "complaints", "nuisance") { types += [.applicationsForServices] }
        return Array(Set(types)).sorted()
    }

    /// The catalogue as a file, ready for the importer.
    static func file(today: CalendarDay, targetDay: CalendarDay) throws -> String {
        let sample = try LGSLRegister.parse(LGSLRegister.shippedSample()).filter { $0.tier != "county/unitary" }
        var services: [(name: String, lgsl: Int?)] = sample.map { (serviceName($0.description), $0.id) }
        services += localServices.map { ($0, nil) }
        var random = SplitMix64(seed: 2003)
        let start = today.adding(months: -36)
        var rows: [[String]] = []
        for service in services {
            let division = division(for: service.name)
            // Councils offer more than their names suggest: a request form, a consultation, a fee.
            var offered = Set(types(for: service.name))
            for (extra, chance) in [(InteractionType.applicationsForServices, 0.5), (.consultation, 0.2), (.paying, 0.2)] where random.unit() < chance {
                offered.insert(extra)
            }
            for type in offered.sorted() {
                let roll = random.unit()
                var applicable = "yes", channels: [Channel] = [.telephone], enabled = "", target = "", evidence = ""
                if roll < 0.56 {
                    enabled = start.adding(days: Int(random.unit() * Double(start.days(to: today) - 1))).description
                    channels = [.web] + (random.unit() < 0.4 ? [.email] : []) + (random.unit() < 0.3 ? [.telephoneWithRecords] : [.telephone, .faceToFace])
                    evidence = "https://www.wyvernvale.example/\(Slug.make(from: service.name))"
                } else if roll < 0.88 {
                    target = today.adding(days: -60 + Int(random.unit() * Double(today.days(to: targetDay) + 60))).description
                    channels = random.unit() < 0.5 ? [.telephone, .faceToFace] : [.telephone, .post]
                } else if roll < 0.94 {
                    channels = [.faceToFace, .post]
                } else {
                    applicable = "no"
                    channels = []
                }
                let standard = type == .applicationsForServices || random.unit() < 0.3 ? String([5, 10, 15, 20][Int(random.unit() * 4) % 4]) : ""
                rows.append([service.lgsl.map(String.init) ?? "", service.name, division, String(type.code), applicable,
                             Channel.serialise(Set(channels)), enabled, target, evidence, standard])
            }
        }
        return try CSVDocument.write(header: CatalogueCSV.columns, rows: rows)
    }

    /// "Find out about noise nuisance" becomes "Noise nuisance".
    static func serviceName(_ description: String) -> String {
        var name = description.replacingOccurrences(of: "  ", with: " ")
        for prefix in ["Find out more about ", "Find out about ", "Find out how to ", "Find out which day ", "Get information on ", "Search "] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            break
        }
        if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
        if name.hasPrefix("your ") { name = String(name.dropFirst(5)) }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The next 31 March at least four months away: the demo's local public service agreement date.
    static func targetDay(after today: CalendarDay) -> CalendarDay {
        var candidate = CalendarDay(year: today.year, month: 3, day: 31)!
        while today.days(to: candidate) < 120 { candidate = CalendarDay(year: candidate.year + 1, month: 3, day: 31)! }
        return candidate
    }

    static func seed(_ council: Organisation, at now: Date, on db: any Database) async throws {
        let organisationID = try council.requireID()
        let today = CalendarDay(now)
        let targetDay = targetDay(after: today)
        try await ImportRegister.apply(try file(today: today, targetDay: targetDay), to: organisationID, by: .demoSeed, at: now, on: db)
        for division in try await DivisionRegister.all(in: organisationID, on: db) {
            guard let owner = owners[division.name] else { continue }
            let serviceIDs = try await Service.query(on: db).filter(\.$division.$id == division.requireID()).all(\.$id)
            try await Interaction.query(on: db).filter(\.$service.$id ~~ serviceIDs).set(\.$owner, to: owner).update()
        }
        for (months, percent, label) in [(-12, 65.0, "Interim milestone"), (-6, 80.0, "Interim milestone"), (0, 100.0, "LPSA target: every service e-enabled")] {
            _ = try await TargetRegister.add(dueOn: targetDay.adding(months: months).endOfMonth.description, percent: String(percent), label: label,
                                                 to: organisationID, by: .demoSeed, at: now, on: db)
        }
        let lastQuarter = today.latestQuarterEnd
        for quarter in [lastQuarter.adding(days: 1).adding(months: -3).adding(days: -1), lastQuarter] {
            _ = try await SnapshotRegister.take(of: council, asAt: quarter, by: .demoSeed, at: now, on: db)
        }
    }
}

/// A small, seeded random number generator, so the demo is the same every time.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to, but not including, 1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
