import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

/// Every staff route, and which roles may use it. Written out by hand, apart from the product's
/// own tables, so that a change to who may do what has to be made here too.
@Suite("Role matrix")
struct RoleMatrixTests {
    static let everyone = Set(Role.allCases)
    static let readers: Set<Role> = [.admin, .programmeManager, .serviceOwner, .frontOffice, .backOffice, .committeeMember, .auditor]
    static let editors: Set<Role> = [.programmeManager, .serviceOwner]
    static let performanceReaders: Set<Role> = [.programmeManager, .committeeMember, .auditor]
    static let statementReaders: Set<Role> = [.admin, .programmeManager, .serviceOwner, .committeeMember, .auditor]
    static let submissionReaders = statementReaders.union([.centralReviewer])
    static let frontOfficeReaders: Set<Role> = [.admin, .programmeManager, .serviceOwner, .frontOffice, .backOffice, .auditor]
    static let residentReaders: Set<Role> = [.admin, .programmeManager, .frontOffice, .backOffice, .auditor]
    static let takers: Set<Role> = [.frontOffice, .backOffice]
    static let expected: [(method: HTTPMethod, path: String, roles: Set<Role>)] = [
        (.GET, "/staff", everyone),
        (.GET, "/staff/account/password", everyone),
        (.POST, "/staff/account/password", everyone),
        (.GET, "/staff/admin/organisations", [.admin]),
        (.GET, "/staff/admin/organisations/new", [.admin]),
        (.POST, "/staff/admin/organisations/new", [.admin]),
        (.GET, "/staff/admin/organisations/:organisation", [.admin]),
        (.POST, "/staff/admin/organisations/:organisation", [.admin]),
        (.GET, "/staff/admin/divisions", [.admin]),
        (.GET, "/staff/admin/divisions/new", [.admin]),
        (.POST, "/staff/admin/divisions/new", [.admin]),
        (.GET, "/staff/admin/divisions/:division", [.admin]),
        (.POST, "/staff/admin/divisions/:division", [.admin]),
        (.GET, "/staff/admin/users", [.admin]),
        (.GET, "/staff/admin/users/new", [.admin]),
        (.POST, "/staff/admin/users/new", [.admin]),
        (.GET, "/staff/admin/users/:user", [.admin]),
        (.POST, "/staff/admin/users/:user", [.admin]),
        (.GET, "/staff/admin/users/:user/password", [.admin]),
        (.POST, "/staff/admin/users/:user/password", [.admin]),
        (.GET, "/staff/admin/tokens", [.admin]),
        (.GET, "/staff/admin/tokens/new", [.admin]),
        (.POST, "/staff/admin/tokens/new", [.admin]),
        (.GET, "/staff/admin/tokens/:token/revoke", [.admin]),
        (.POST, "/staff/admin/tokens/:token/revoke", [.admin]),
        (.GET, "/staff/admin/open311-keys", [.admin]),
        (.GET, "/staff/admin/open311-keys/new", [.admin]),
        (.POST, "/staff/admin/open311-keys/new", [.admin]),
        (.GET, "/staff/admin/open311-keys/:key/revoke", [.admin]),
        (.POST, "/staff/admin/open311-keys/:key/revoke", [.admin]),
        (.POST, "/staff/admin/home-council", [.admin]),
        (.GET, "/staff/admin/notify", [.admin]),
        (.POST, "/staff/admin/notify", [.admin]),
        (.GET, "/staff/admin/notify/callback-token", [.admin]),
        (.POST, "/staff/admin/notify/callback-token", [.admin]),
        (.GET, "/staff/admin/outbox", [.admin]),
        (.POST, "/staff/admin/outbox/:message/retry", [.admin]),
        (.GET, "/staff/audit", [.admin, .auditor]),
        (.GET, "/staff/audit.csv", [.admin, .auditor]),
        (.GET, "/staff/catalogue", readers),
        (.GET, "/staff/catalogue/export.csv", readers),
        (.GET, "/staff/catalogue/services/:service", readers),
        (.GET, "/staff/catalogue/services/new", editors),
        (.POST, "/staff/catalogue/services/new", editors),
        (.GET, "/staff/catalogue/services/:service/edit", editors),
        (.POST, "/staff/catalogue/services/:service/edit", editors),
        (.GET, "/staff/catalogue/services/:service/interactions/:type", editors),
        (.POST, "/staff/catalogue/services/:service/interactions/:type", editors),
        (.GET, "/staff/catalogue/services/:service/form", editors),
        (.POST, "/staff/catalogue/services/:service/form", editors),
        (.GET, "/staff/catalogue/services/:service/form/questions/new", editors),
        (.POST, "/staff/catalogue/services/:service/form/questions/new", editors),
        (.GET, "/staff/catalogue/services/:service/form/questions/:position", editors),
        (.POST, "/staff/catalogue/services/:service/form/questions/:position", editors),
        (.POST, "/staff/catalogue/services/:service/form/questions/:position/move", editors),
        (.GET, "/staff/catalogue/services/:service/form/questions/:position/remove", editors),
        (.POST, "/staff/catalogue/services/:service/form/questions/:position/remove", editors),
        (.POST, "/staff/catalogue/services/:service/form/unpublish", editors),
        (.GET, "/staff/catalogue/services/:service/form/preview", editors),
        (.GET, "/staff/catalogue/import", [.programmeManager]),
        (.POST, "/staff/catalogue/import", [.programmeManager]),
        (.GET, "/staff/catalogue/import/:import", [.programmeManager]),
        (.POST, "/staff/catalogue/import/:import", [.programmeManager]),
        (.GET, "/staff/performance", performanceReaders),
        (.GET, "/staff/performance/downloads/:table", performanceReaders),
        (.GET, "/staff/performance/snapshots/:snapshot", performanceReaders),
        (.GET, "/staff/performance/targets", performanceReaders),
        (.POST, "/staff/performance/snapshots", [.programmeManager]),
        (.POST, "/staff/performance/targets", [.programmeManager]),
        (.GET, "/staff/performance/targets/:target/remove", [.programmeManager]),
        (.POST, "/staff/performance/targets/:target/remove", [.programmeManager]),
        (.GET, "/staff/statements", statementReaders),
        (.GET, "/staff/committees", statementReaders),
        (.GET, "/staff/statements/:statement", statementReaders),
        (.GET, "/staff/statements/:statement/preview", statementReaders),
        (.GET, "/staff/statements/:statement/sections/:section", statementReaders),
        (.GET, "/staff/statements/:statement/sections/:section/compare", statementReaders),
        (.GET, "/staff/statements/:statement/consultations", statementReaders),
        (.GET, "/staff/statements/:statement/decisions", statementReaders),
        (.GET, "/staff/consultations/:consultation", statementReaders),
        (.POST, "/staff/statements/:statement/sections/:section", editors),
        (.POST, "/staff/consultations/:consultation/comments", [.committeeMember, .programmeManager]),
        (.POST, "/staff/statements", [.programmeManager]),
        (.POST, "/staff/committees", [.programmeManager]),
        (.POST, "/staff/statements/:statement/deadline", [.programmeManager]),
        (.POST, "/staff/statements/:statement/sections/:section/complete", [.programmeManager]),
        (.POST, "/staff/statements/:statement/sections/:section/assign", [.programmeManager]),
        (.POST, "/staff/statements/:statement/take-up/fill", [.programmeManager]),
        (.POST, "/staff/statements/:statement/consultations", [.programmeManager]),
        (.POST, "/staff/comments/:comment/disposition", [.programmeManager]),
        (.POST, "/staff/statements/:statement/decisions", [.programmeManager]),
        (.GET, "/staff/statements/:statement/submit", [.programmeManager]),
        (.POST, "/staff/statements/:statement/submit", [.programmeManager]),
        (.GET, "/staff/submissions/:submission", submissionReaders),
        (.GET, "/staff/submissions/:submission/:document", submissionReaders),
        (.POST, "/staff/submissions/:submission/reviews", [.centralReviewer]),
        (.GET, "/staff/national", [.centralReviewer]),
        (.GET, "/staff/national.csv", [.centralReviewer]),
        (.GET, "/staff/compliance", frontOfficeReaders),
        (.GET, "/staff/compliance.csv", frontOfficeReaders),
        (.GET, "/staff/take-up", frontOfficeReaders),
        (.GET, "/staff/sites", frontOfficeReaders),
        (.GET, "/staff/residents", residentReaders),
        (.GET, "/staff/residents/:resident", residentReaders),
        (.GET, "/staff/cases/:reference", residentReaders),
        (.GET, "/staff/queue", residentReaders),
        (.GET, "/staff/sites/:site", residentReaders),
        (.GET, "/staff/residents/new", takers),
        (.POST, "/staff/residents/new", takers),
        (.GET, "/staff/residents/:resident/edit", takers),
        (.POST, "/staff/residents/:resident/edit", takers),
        (.POST, "/staff/residents/:resident/not-the-same", takers),
        (.GET, "/staff/residents/:resident/merge", takers),
        (.POST, "/staff/residents/:resident/merge", takers),
        (.GET, "/staff/contacts/new", takers),
        (.POST, "/staff/contacts/new", takers),
        (.POST, "/staff/cases/:reference/updates", takers),
        (.POST, "/staff/sites/:site/visits", takers),
        (.POST, "/staff/visits/:visit/call", takers),
        (.POST, "/staff/visits/:visit/left", takers),
        (.GET, "/staff/residents/:resident/views", [.auditor]),
        (.POST, "/staff/sites", [.admin]),
        (.GET, "/staff/admin/standards", [.admin]),
        (.POST, "/staff/admin/standards", [.admin]),
        (.POST, "/staff/admin/closures", [.admin]),
        (.GET, "/staff/admin/closures/:closure/remove", [.admin]),
        (.POST, "/staff/admin/closures/:closure/remove", [.admin]),
    ]

    /// Routes anyone may use, signed in or not.
    static let open: Set<String> = ["GET /staff/sign-in", "POST /staff/sign-in", "POST /staff/sign-out"]

    @Test("Every staff route is in the matrix")
    func everyRouteIsCovered() async throws {
        try await withGuildhall { app, _ in
            // Each audience's catch-all answers only "not found", so it is no page of anyone's.
            let registered = Set(app.routes.all.filter { $0.path.last != .catchall }.map { route in
                "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
            }.filter { $0.contains(" /staff") })
            let listed = Set(Self.expected.map { "\($0.method.rawValue) \($0.path)" }).union(Self.open)
            #expect(registered == listed)
        }
    }

    @Test("Each role reaches exactly the staff pages and actions meant for it", arguments: Role.allCases)
    func roleAccess(role: Role) async throws {
        try await withGuildhall { app, _ in
            let world = try await World.make(app)
            let email = "\(role.rawValue)@wyvern.example"
            // In the division that owns the world's service, so a service owner may change it.
            let user = try await Fixtures.user(app, email, roles: [role], in: world.council, division: world.division)
            let browser = Browser(app)
            #expect(try await browser.signIn(email).status == .seeOther)
            for route in Self.expected {
                let path = world.fill(route.path, user: user)
                let response = route.method == .GET ? try await browser.get(path) : try await browser.post(path)
                if route.roles.contains(role) {
                    #expect(response.status != .forbidden && response.status != .notFound, "\(role) should reach \(route.method) \(path), got \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(role) should be refused \(route.method) \(path), got \(response.status)")
                }
            }
        }
    }

    @Test("Signed-out visitors are sent to sign in, and come back afterwards")
    func signedOutVisitorsAreSentToSignIn() async throws {
        try await withGuildhall { app, _ in
            let world = try await World.make(app)
            let admin = try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: world.council)
            let browser = Browser(app)
            for route in Self.expected {
                let path = world.fill(route.path, user: admin)
                let response = route.method == .GET ? try await browser.get(path) : try await browser.post(path)
                #expect(response.status == .seeOther, "\(route.method) \(path) answered \(response.status)")
                #expect(response.location?.hasPrefix("/staff/sign-in") == true)
            }
            let redirect = try await browser.get("/staff/admin/divisions")
            let signInPage = try await browser.get(redirect.location!)
            #expect(signInPage.body.string.contains(#"name="next" value="/staff/admin/divisions""#))
            let signedIn = try await browser.post("/staff/sign-in", [("email", "admin@wyvern.example"), ("password", TestPassword.value), ("next", "/staff/admin/divisions")])
            #expect(signedIn.location == "/staff/admin/divisions")
        }
    }
}

/// Two organisations with a record of each kind, for tests of access and isolation.
struct World {
    var council: Organisation
    var division: Division
    var token: APIToken
    var service: Service
    var pendingImport: PendingImport
    var snapshot: Snapshot
    var target: PerformanceTarget
    var other: Organisation
    var otherDivision: Division
    var otherUser: User
    var otherToken: APIToken
    var statement: Statement
    var consultation: Consultation
    var comment: GuildhallCore.Comment
    var submission: Submission
    var resident: Resident
    var item: Case
    var site: Site
    var visit: Visit
    var closure: ClosureDay
    var open311Key: Open311Key
    var otherOpen311Key: Open311Key
    /// The message telling Ann her case was received.
    var message: OutboxMessage

    static func make(_ app: Application) async throws -> World {
        let council = try await Fixtures.organisation(app, slug: "wyvern-vale")
        let division = try await Fixtures.division(app, "Housing", in: council)
        let owner = try await Fixtures.user(app, "token-owner@wyvern.example", roles: [.programmeManager], in: council)
        let (token, _) = try await APITokenRegister.issue(named: "Bridge", for: owner, by: .commandLine, at: Date(), on: app.db)
        try await ImportRegister.apply("service,division,interaction,applicable,channels,e_enabled_on\nHousing advice,Housing,1,yes,web,2003-01-01\n",
                                          to: council.requireID(), by: .commandLine, at: Date(), on: app.db)
        let service = try #require(try await Service.query(on: app.db).first())
        let pendingImport = PendingImport(organisationID: try council.requireID(), userID: try owner.requireID(), filename: "more.csv",
                                          contents: "service,division,interaction,applicable\nHousing advice,Housing,6,yes\n", createdAt: Date())
        try await pendingImport.create(on: app.db)
        let snapshot = try await SnapshotRegister.take(of: council, asAt: CalendarDay("2003-09-30")!, by: .commandLine, at: Date(), on: app.db)
        let target = try await TargetRegister.add(dueOn: "2004-03-31", percent: "100", label: "LPSA", to: council.requireID(), by: .commandLine, at: Date(), on: app.db)
        let other = try await Fixtures.organisation(app, slug: "marlshire", tier: .county)
        let otherDivision = try await Fixtures.division(app, "Highways", in: other)
        let otherUser = try await Fixtures.user(app, "someone@marlshire.example", roles: [.admin], in: other)
        let (otherToken, _) = try await APITokenRegister.issue(named: "Theirs", for: otherUser, by: .commandLine, at: Date(), on: app.db)
        let (statement, consultation, comment, submission) = try await statementWithSubmission(in: council, sectionsFor: division, by: owner, on: app.db)
        let resident = try await ResidentRegister.create(ResidentDraft(name: "Ann Smith", email: "ann@example.org", postcode: "WV1 2AB", consentsToEmail: true), in: council.requireID(), by: .commandLine, at: Date(), on: app.db)
        let item = try await CaseRegister.create(CaseDraft(service: service.slug, interactionType: "1", channel: "telephone", description: "Advice",
                                                           residentID: resident.id!.uuidString), in: council, by: .commandLine, at: Date(), on: app.db)
        let site = try await SiteRegister.add(name: "Town Hall", address: "High Street", openingHours: "9 to 5", to: council.requireID(), by: .commandLine, at: Date(), on: app.db)
        let visit = try await SiteRegister.arrive(at: site, resident: resident, visitor: "", reason: "Council tax", by: .commandLine, at: Date(), on: app.db)
        let closure = try await StandardsRegister.addClosure(day: "2003-12-29", label: "Christmas", to: council.requireID(), by: .commandLine, at: Date(), on: app.db)
        try await FormRegister.define(FormDraft(interactionType: "1", questions: [
            .init(code: "topic", question: "What is it about?", datatype: "string", required: "true"),
            .init(code: "detail", question: "Tell us more", datatype: "text", required: "false"),
        ]), for: service, by: .commandLine, at: Date(), on: app.db)
        let (open311Key, _) = try await Open311KeyRegister.issue(named: "FixMyStreet", for: council, by: .commandLine, at: Date(), on: app.db)
        let (otherOpen311Key, _) = try await Open311KeyRegister.issue(named: "Their app", for: other, by: .commandLine, at: Date(), on: app.db)
        return World(council: council, division: division, token: token, service: service, pendingImport: pendingImport, snapshot: snapshot, target: target, other: other, otherDivision: otherDivision, otherUser: otherUser, otherToken: otherToken,
                     statement: statement, consultation: consultation, comment: comment, submission: submission,
                     resident: resident, item: item, site: site, visit: visit, closure: closure, open311Key: open311Key, otherOpen311Key: otherOpen311Key,
                     message: try #require(try await OutboxMessage.query(on: app.db).first()))
    }

    /// A statement with every section written, its partnership section assigned to `division`,
    /// a consultation round with a comment, and a draft submission.
    static func statementWithSubmission(in council: Organisation, sectionsFor division: Division, by user: User, on db: any Database) async throws -> (Statement, Consultation, GuildhallCore.Comment, Submission) {
        let created = try await StatementRegister.create(for: council.requireID(), year: 2003, proForma: "ieg3", by: .commandLine, at: Date(), on: db)
        let statement = try #require(try await StatementRegister.find(created.requireID(), in: council.requireID(), on: db))
        for section in statement.sections {
            try await StatementRegister.save(section, of: statement, json: Data(DemoStatement.content[section.key]!.utf8), by: .commandLine, at: Date(), on: db)
            try await StatementRegister.complete(section, of: statement, by: .commandLine, at: Date(), on: db)
        }
        let partnership = try #require(statement.sections.first { $0.key == "partnership" })
        try await StatementRegister.assign(partnership, of: statement, division: division.id, partner: nil, owner: nil, by: .commandLine, at: Date(), on: db)
        let consultation = try await ConsultationRegister.open(on: statement, body: "scrutiny-panel", meetingOn: "2003-11-11", by: .commandLine, at: Date(), on: db)
        consultation.$statement.value = statement
        let comment = try await ConsultationRegister.comment(on: consultation, section: "risks", text: "Add a staffing risk.", by: .commandLine, at: Date(), on: db)
        let staff = try #require(try await StaffMember.load(userID: user.requireID(), on: db))
        let submission = try await StatementSubmission.submit(statement, as: .draft, staff: staff, at: Date(), on: db)
        return (statement, consultation, comment, submission)
    }

    /// The route's path with its parameter filled in from this organisation's records.
    func fill(_ pattern: String, user: User) -> String {
        let values = [
            "organisation": council.slug, "division": division.id!.uuidString, "user": user.id!.uuidString,
            "token": token.id!.uuidString, "service": service.id!.uuidString, "import": pendingImport.id!.uuidString,
            "table": "by-division.csv", "snapshot": snapshot.id!.uuidString, "target": target.id!.uuidString,
            "statement": statement.id!.uuidString, "consultation": consultation.id!.uuidString, "comment": comment.id!.uuidString,
            "submission": submission.id!.uuidString, "type": "1", "section": "partnership", "document": "submission.json",
            "resident": resident.id!.uuidString, "reference": item.reference, "site": site.id!.uuidString, "visit": visit.id!.uuidString,
            "closure": closure.id!.uuidString, "key": open311Key.id!.uuidString, "position": "1",
            "message": message.id!.uuidString,
        ]
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? values[String(segment.dropFirst())]! : String(segment)
        }.joined(separator: "/")
    }
}
