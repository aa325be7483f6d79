import FluentKit
import Foundation

/// The demo's Hub: services residents can request online, with their forms, one of them a
/// partner's, and a few reports that came in from FixMyStreet through Open311.
enum DemoHub {
    struct Offer {
        var organisation: String
        var service: String
        var division: String
        var type: InteractionType
        var standardDays: Int
        var location: FormAsk
        var contact: FormContact
        var questions: [FormQuestion]
    }

    static func list(_ code: String, _ question: String, hint: String = "", multiple: Bool = false, required: Bool = true, _ values: [(String, String)]) -> FormQuestion {
        FormQuestion(code: code, question: question, hint: hint, datatype: multiple ? .multivaluelist : .singlevaluelist, required: required,
                     values: values.map { FormValue(key: $0.0, name: $0.1) })
    }

    static let offers: [Offer] = [
        Offer(organisation: DemoCouncil.slug, service: "Report a missed bin", division: "Environmental Services", type: .applicationsForServices,
              standardDays: 2, location: .required, contact: FormContact(name: .required, email: .optional, phone: .optional), questions: [
                  list("bin", "Which bin was missed?", [("general", "General waste (green lid)"), ("recycling", "Recycling (blue lid)"), ("garden", "Garden waste (brown lid)")]),
                  FormQuestion(code: "out-by-7", question: "Was the bin out by 7am on collection day?", datatype: .singlevaluelist, required: true,
                               values: [FormValue(key: "yes", name: "Yes"), FormValue(key: "no", name: "No")]),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Report a pothole", division: "Highways", type: .applicationsForServices,
              standardDays: 10, location: .required, contact: FormContact(name: .required, email: .optional, phone: .optional), questions: [
                  list("depth", "How deep is the pothole?", hint: "Measure from the road surface", [("shallow", "Less than 4 cm"), ("deep", "4 cm or more")]),
                  list("where", "Where on the road is it?", [("carriageway", "In the road"), ("pavement", "On the pavement"), ("cycle-lane", "In a cycle lane")]),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Report fly-tipping", division: "Environmental Services", type: .applicationsForServices,
              standardDays: 5, location: .required, contact: FormContact(name: .optional, email: .optional, phone: .optional), questions: [
                  list("what", "What has been dumped?", hint: "Select all that apply", multiple: true,
                       [("bags", "Black bags"), ("furniture", "Furniture or mattresses"), ("rubble", "Building rubble"), ("tyres", "Tyres"), ("other", "Something else")]),
                  FormQuestion(code: "details", question: "Tell us anything else that will help us find it", datatype: .text, required: false),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Report a street light fault", division: "Highways", type: .applicationsForServices,
              standardDays: 5, location: .required, contact: FormContact(name: .optional, email: .optional, phone: .optional), questions: [
                  FormQuestion(code: "column", question: "What is the number on the lamp post?", hint: "It is on a small plate about head height, like WV123",
                               datatype: .string, required: false),
                  list("fault", "What is wrong with it?", [("out", "It is not working"), ("day", "It is on during the day"), ("flickering", "It flickers"), ("damaged", "It is damaged")]),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Report noise", division: "Environmental Services", type: .regulation,
              standardDays: 10, location: .optional, contact: FormContact(name: .required, email: .required, phone: .optional), questions: [
                  list("source", "What kind of noise is it?", [("music", "Music or parties"), ("dog", "A dog barking"), ("alarm", "An alarm"), ("building", "Building work"), ("other", "Something else")]),
                  FormQuestion(code: "when", question: "When does it happen?", hint: "For example, most nights after 11pm", datatype: .text, required: true),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Bulky waste collection", division: "Environmental Services", type: .booking,
              standardDays: 10, location: .required, contact: FormContact(name: .required, email: .optional, phone: .required), questions: [
                  FormQuestion(code: "items", question: "What do you need collected?", hint: "Up to five items, like a sofa and a fridge", datatype: .text, required: true),
                  FormQuestion(code: "count", question: "How many items are there?", datatype: .number, required: true),
              ]),
        Offer(organisation: DemoCouncil.slug, service: "Library membership", division: "Leisure and Culture", type: .applicationsForServices,
              standardDays: 5, location: .none, contact: FormContact(name: .required, email: .required, phone: .optional), questions: [
                  list("library", "Which library will you use most?", [("central", "Wyvern Vale Central Library"), ("abbey", "Abbey Green Library"), ("mobile", "The mobile library")]),
                  FormQuestion(code: "born", question: "What is your date of birth?", hint: "For example, 1980-03-27", datatype: .datetime, required: true),
              ]),
        Offer(organisation: "wyvern-vale-cvs", service: "Volunteer with a local group", division: "Volunteer Centre", type: .providingAccessToNetworks,
              standardDays: 10, location: .none, contact: FormContact(name: .required, email: .required, phone: .optional), questions: [
                  list("interests", "What would you like to help with?", hint: "Select all that apply", multiple: true,
                       [("older", "Older people"), ("young", "Children and young people"), ("environment", "The environment"), ("sport", "Sport"), ("advice", "Advice and befriending")]),
                  FormQuestion(code: "hours", question: "How many hours a week could you give?", datatype: .number, required: false),
              ]),
    ]

    /// Reports FixMyStreet sent, as many hours ago.
    static let reports: [(service: String, hoursAgo: Double, lat: String, long: String, title: String, answers: [String: [String]])] = [
        ("Report a pothole", 50, "52.586214", "-2.129821", "Deep pothole outside the primary school", ["depth": ["deep"], "where": ["carriageway"]]),
        ("Report a pothole", 26, "52.589120", "-2.120455", "Pothole at the bus stop on Abbey Road", ["depth": ["shallow"], "where": ["carriageway"]]),
        ("Report fly-tipping", 5, "52.580301", "-2.135512", "Mattresses dumped in the lay-by", ["what": ["furniture"]]),
    ]

    static func seed(at now: Date, on db: any Database) async throws {
        let today = CalendarDay(now)
        var services: [String: Service] = [:]
        for (slug, offers) in Dictionary(grouping: offers, by: \.organisation) {
            guard let organisation = try await OrganisationRegister.find(slug: slug, on: db) else { continue }
            let rows = offers.map { offer in
                ["", offer.service, offer.division, String(offer.type.code), "yes", "web;telephone", today.adding(months: -6).description,
                 "", "https://www.wyvernvale.example/\(Slug.make(from: offer.service))", String(offer.standardDays)]
            }
            try await ImportRegister.apply(try CSVDocument.write(header: CatalogueCSV.columns, rows: rows), to: organisation.requireID(),
                                           by: .demoSeed, at: now, on: db)
            for offer in offers {
                guard let service = try await Service.query(on: db).filter(\.$organisation.$id == organisation.requireID())
                    .filter(\.$slug == Slug.make(from: offer.service)).first() else { continue }
                let definition = FormDefinition(interactionType: offer.type, publishedFrom: today.adding(months: -3), location: offer.location,
                                                contact: offer.contact, questions: offer.questions)
                try await FormRegister.define(FormDraft(definition), for: service, by: .demoSeed, at: now, on: db)
                services[offer.service] = service
            }
        }
        for report in reports {
            guard let service = services[report.service], let form = try await FormRegister.form(for: service, on: db) else { continue }
            let description = "title: \(report.title)\n\ndetail: Reported by a resident on FixMyStreet.\n\nSubmitted via FixMyStreet"
            let draft = RequestDraft(answers: report.answers, description: description, latitude: report.lat, longitude: report.long, name: "A resident")
            _ = try await RequestRegister.submit(draft, for: service, form: form, via: .open311(client: "FixMyStreet"),
                                             at: now.addingTimeInterval(-report.hoursAgo * 3600), on: db)
        }
    }
}
