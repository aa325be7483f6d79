import FluentKit
import Foundation

/// The demo council's statement, part-way through its year: most sections drafted and some
/// complete, a consultation round with the scrutiny panel whose comments are partly answered,
/// and Cabinet's approval, with full Council still to meet.
public enum DemoStatement {
    public static let year = 2003

    /// Content for every section of `ieg3`, in the API's shape.
    public static let content: [String: String] = [
        "priority-services": #"{"text": "Electronic service delivery is the basis of our plan to improve access to services for residents and staff alike. Against the shared priorities of local government we have concentrated on raising standards across our schools through online admissions, on safer and stronger communities through online reporting of antisocial behaviour and abandoned vehicles, and on transport through concessionary travel applications that can be made at any INFO centre.\n\nOur local priority is a single front office: a customer relationship management system used by the contact centre and the INFO centres, sharing case information with the back office and measured against the customer service standards the Council adopted in September."}"#,
        "e-organisation": #"{"blocks": [{"block": "interactions", "rating": "green", "commentary": "The service catalogue lists every interaction and its channels."}, {"block": "access-channels", "rating": "amber", "commentary": "The web site meets accessibility standards; digital TV is not planned."}, {"block": "trust-and-connections", "rating": "amber", "commentary": "Government Connect pilot agreed; smart cards under review."}, {"block": "enablers", "rating": "green", "commentary": "CRM, document management and payments are in place."}, {"block": "e-business", "rating": "amber", "commentary": "e-procurement covers stationery and IT only."}, {"block": "organisational-development", "rating": "red", "commentary": "Training for back-office staff is behind plan."}]}"#,
        "bvpi157": #"{"asAt": "2003-09-30", "commentary": "Progress is on track for the Local Public Service Agreement target of every service e-enabled a year early."}"#,
        "priority-outcomes": #"{"outcomes": [{"code": "R1", "title": "Online school admissions", "keyDate": "2004-03-31", "status": "on-track"}, {"code": "R8", "title": "Online reporting of abandoned vehicles", "keyDate": "2003-12-31", "status": "achieved"}, {"code": "T4", "title": "Concessionary travel applications at INFO centres", "keyDate": "2004-06-30", "status": "at-risk"}]}"#,
        "take-up": #"{"rows": [{"channel": "web", "period": "2003-04-01/2003-09-30", "volume": 12400}, {"channel": "telephone", "period": "2003-04-01/2003-09-30", "volume": 48200}, {"channel": "face to face", "period": "2003-04-01/2003-09-30", "volume": 21900}]}"#,
        "partnership": #"{"text": "The local strategic partnership's web site is shared with the primary care trust and the council for voluntary service, so residents find partners' services in one place."}"#,
        "risks": #"{"risks": [{"risk": "The CRM supplier delivers late", "likelihood": "medium", "impact": "high", "mitigation": "Weekly supplier reviews and a fallback to the current call logging system", "owner": "Head of Customer Services"}, {"risk": "Back-office divisions do not update cases", "likelihood": "medium", "impact": "medium", "mitigation": "Service level agreements between front and back office", "owner": "Corporate Director"}]}"#,
        "resources": #"{"rows": [{"year": "2003/04", "capital": 250000, "revenue": 120000, "grant": 200000}, {"year": "2004/05", "capital": 180000, "revenue": 140000, "grant": 200000}]}"#,
        "contact": #"{"name": "Chris Hale", "email": "programme-manager@wyvernvale.example", "telephone": "01632 960123"}"#,
    ]

    /// The risk register before the scrutiny panel asked for a second risk.
    static let fewerRisks = #"{"risks": [{"risk": "The CRM supplier delivers late", "likelihood": "medium", "impact": "high", "mitigation": "Weekly supplier reviews and a fallback to the current call logging system", "owner": "Head of Customer Services"}]}"#

    /// Seeds the statement for the demo council, with dates relative to `now` so that the
    /// deadline and the figures are always current.
    static func seed(_ council: Organisation, at now: Date, on db: any Database) async throws {
        let actor = Actor.demoSeed
        let today = CalendarDay(now)
        let councilID = try council.requireID()
        let statement = try await StatementRegister.create(for: councilID, year: year, proForma: "ieg3", deadline: today.adding(days: 30).description,
                                                           by: actor, at: now, on: db)
        let found = try await StatementRegister.find(statement.requireID(), in: councilID, on: db)!
        let divisions = Dictionary(uniqueKeysWithValues: try await DivisionRegister.all(in: councilID, on: db).map { ($0.name, $0) })
        let assignments = [
            "priority-outcomes": "Environmental Services", "take-up": "Customer Services", "risks": "Corporate Services",
            "resources": "Corporate Services", "bvpi157": "Customer Services",
        ]
        for section in found.sections {
            var json = content[section.key]!
            if section.key == "risks" { json = fewerRisks }
            if section.key == "bvpi157" {
                json = json.replacingOccurrences(of: "2003-09-30", with: today.latestQuarterEnd.description)
            }
            if let division = assignments[section.key].flatMap({ divisions[$0] }) {
                try await StatementRegister.assign(section, of: found, division: division.id, partner: nil, owner: nil, by: actor, at: now, on: db)
            }
            guard section.key != "resources" else { continue }
            try await StatementRegister.save(section, of: found, json: Data(json.utf8), by: actor, at: now, on: db)
            if ["priority-services", "e-organisation", "bvpi157", "partnership", "contact"].contains(section.key) {
                try await StatementRegister.complete(section, of: found, by: actor, at: now, on: db)
            }
        }

        let member = try await User.query(on: db).filter(\.$email == "committee-member@wyvernvale.example").first().map(Actor.user) ?? actor
        let consultation = try await ConsultationRegister.open(on: found, body: "scrutiny-panel", meetingOn: today.adding(days: -14).description,
                                                        by: actor, at: now, on: db)
        consultation.$statement.value = found
        let comments = [
            ("risks", "The register should include the risk that back-office divisions do not keep cases up to date."),
            ("take-up", "Please show the INFO centres separately from the contact centre."),
            ("priority-outcomes", "Concessionary travel is at risk: what is being done about it?"),
        ]
        var made: [Comment] = []
        for (section, text) in comments {
            let comment = try await ConsultationRegister.comment(on: consultation, section: section, text: text, by: member, at: now, on: db)
            comment.$consultation.value = consultation
            made.append(comment)
        }
        // The second risk was added after the meeting, taking in the first comment.
        let risks = found.sections.first { $0.key == "risks" }!
        try await StatementRegister.save(risks, of: found, json: Data(content["risks"]!.utf8), by: actor, at: now, on: db)
        try await ConsultationRegister.dispose(made[0], as: "incorporated", response: "Added to the risk register.", by: actor, at: now, on: db)
        try await ConsultationRegister.dispose(made[1], as: "noted", response: "The next statement will report INFO centres separately.", by: actor, at: now, on: db)

        _ = try await ConsultationRegister.decide(on: found, body: "cabinet", outcome: "approved", decidedOn: today.adding(days: -7).description,
                                           minute: "CAB/114", delegatedTo: nil, by: actor, at: now, on: db)
    }
}
