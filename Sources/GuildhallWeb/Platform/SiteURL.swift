import Foundation
import Vapor

/// Every page and endpoint of the site, by audience. Routes are registered from these (with
/// `.key` for each parameter) and links are built from them (with `.value(…)`), so a link can
/// never point at a route that does not exist and a parameter's name is written once.
enum SiteURL: Hashable, Sendable {
    case operations(Operations)
    case hub(Hub)
    case staff(Staff)
    case api(API)
    case open311(Open311)

    /// A segment of a path: fixed text, or a route parameter by name.
    enum Part: Hashable, Sendable {
        case constant(String)
        case parameter(String)
    }

    enum Operations: Hashable, Sendable {
        case healthz
        case metrics
        case asset(Parameter<String>)
        case deliveryReceipts
    }

    enum Hub: Hashable, Sendable {
        case home
        case services
        case service(Parameter<String>)
        case startRequest(Parameter<String>)
        case requestQuestion(Parameter<String>, Parameter<String>)
        case requestLocation(Parameter<String>)
        case requestNearby(Parameter<String>)
        case requestContact(Parameter<String>)
        case requestCheck(Parameter<String>)
        case requestSent(Parameter<String>)
        case partners
        case privacy
        case accessibility
        case requests
        case request(Parameter<String>)
        case satisfaction(Parameter<String>, Parameter<String>)
    }

    enum Staff: Hashable, Sendable {
        case home
        case signIn
        case signOut
        case accountPassword
        case admin(Admin)
        case catalogue(Catalogue)
        case performance(Performance)
        case statements(Statements)
        case frontOffice(FrontOffice)
    }

    enum Admin: Hashable, Sendable {
        case organisations
        case newOrganisation
        case organisation(Parameter<String>)
        case divisions
        case newDivision
        case division(Parameter<UUID>)
        case users
        case newUser
        case user(Parameter<UUID>)
        case userPassword(Parameter<UUID>)
        case tokens
        case newToken
        case revokeToken(Parameter<UUID>)
        case open311Keys
        case newOpen311Key
        case revokeOpen311Key(Parameter<UUID>)
        case homeCouncil
        case audit
        case auditCSV
        case customerStandards
        case closures
        case removeClosure(Parameter<UUID>)
        case notify
        case notifyCallbackToken
        case outbox
        case retryMessage(Parameter<UUID>)
    }

    enum Catalogue: Hashable, Sendable {
        case index
        case export
        case newService
        case service(Parameter<UUID>)
        case editService(Parameter<UUID>)
        case interaction(Parameter<UUID>, Parameter<Int>)
        case form(Parameter<UUID>)
        case newFormQuestion(Parameter<UUID>)
        case formQuestion(Parameter<UUID>, Parameter<Int>)
        case moveFormQuestion(Parameter<UUID>, Parameter<Int>)
        case removeFormQuestion(Parameter<UUID>, Parameter<Int>)
        case unpublishForm(Parameter<UUID>)
        case previewForm(Parameter<UUID>)
        case upload
        case pendingImport(Parameter<UUID>)
    }

    enum Performance: Hashable, Sendable {
        case dashboard
        case download(Parameter<String>)
        case snapshots
        case snapshot(Parameter<UUID>)
        case targets
        case removeTarget(Parameter<UUID>)
    }

    enum Statements: Hashable, Sendable {
        case index
        case committees
        case statement(Parameter<UUID>)
        case preview(Parameter<UUID>)
        case deadline(Parameter<UUID>)
        case submit(Parameter<UUID>)
        case section(Parameter<UUID>, Parameter<String>)
        case completeSection(Parameter<UUID>, Parameter<String>)
        case assignSection(Parameter<UUID>, Parameter<String>)
        case compareRevisions(Parameter<UUID>, Parameter<String>)
        case fillTakeUp(Parameter<UUID>)
        case consultations(Parameter<UUID>)
        case consultation(Parameter<UUID>)
        case consultationComments(Parameter<UUID>)
        case disposition(Parameter<UUID>)
        case decisions(Parameter<UUID>)
        case submission(Parameter<UUID>)
        case submissionDocument(Parameter<UUID>, Parameter<String>)
        case submissionReviews(Parameter<UUID>)
        case national
        case nationalCSV
    }

    enum FrontOffice: Hashable, Sendable {
        case residents
        case newResident
        case resident(Parameter<UUID>)
        case editResident(Parameter<UUID>)
        case distinguishResident(Parameter<UUID>)
        case mergeResident(Parameter<UUID>)
        case residentViews(Parameter<UUID>)
        case newContact
        case `case`(Parameter<String>)
        case caseUpdates(Parameter<String>)
        case queue
        case compliance
        case complianceCSV
        case takeUp
        case sites
        case site(Parameter<UUID>)
        case visits(Parameter<UUID>)
        case callVisit(Parameter<UUID>)
        case visitLeft(Parameter<UUID>)
    }

    enum API: Hashable, Sendable {
        case root
        case me
        case openAPI
        case bvpi157(Parameter<String>)
        case statements(Parameter<String>)
        case statement(Parameter<UUID>)
        case section(Parameter<UUID>, Parameter<String>)
        case completeSection(Parameter<UUID>, Parameter<String>)
        case consultations(Parameter<UUID>)
        case comments(Parameter<UUID>)
        case disposition(Parameter<UUID>)
        case decisions(Parameter<UUID>)
        case submissions(Parameter<UUID>)
        case submission(Parameter<String>)
        case services(Parameter<String>)
        case serviceForm(Parameter<String>, Parameter<String>)
        case customers(Parameter<String>)
        case customer(Parameter<UUID>)
        case contacts(Parameter<String>)
        case cases(Parameter<String>)
        case `case`(Parameter<String>)
        case caseUpdates(Parameter<String>)
        case standards(Parameter<String>)
        case takeUp(Parameter<String>)
    }

    /// GeoReport v2's resources; each is asked for with its format's extension.
    enum Open311: Hashable, Sendable {
        case root
        case discovery(Open311Format)
        case services(Open311Format)
        case service(Parameter<String>)
        case requests(Open311Format)
        case request(Parameter<String>)
        case token(Parameter<String>)
        case updates(Open311Format)
    }

    var parts: [Part] {
        switch self {
        case .operations(let url): url.parts
        case .hub(let url): url.parts
        case .staff(let url): [.constant("staff")] + url.parts
        case .api(let url): [.constant("api"), .constant("v1")] + url.parts
        case .open311(let url): [.constant("open311"), .constant("v2")] + url.parts
        }
    }

    /// The path of a link. Only a URL built with values has one.
    var path: String {
        "/" + parts.map { part in
            guard case .constant(let text) = part else { preconditionFailure("\(self) names a route, not a page: give its parameters values") }
            return text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
        }.joined(separator: "/")
    }

    func path(query: [String: String?]) -> String {
        var components = URLComponents()
        components.queryItems = query.sorted { $0.key < $1.key }.compactMap { key, value in
            guard let value, !value.isEmpty else { return nil }
            return URLQueryItem(name: key, value: value)
        }
        guard let queryString = components.percentEncodedQuery, !queryString.isEmpty else { return path }
        return path + "?" + queryString
    }

    /// The route's pattern, for registering it.
    var pathComponents: [PathComponent] {
        parts.map { part in
            switch part {
            case .constant(let text): .constant(text)
            case .parameter(let name): .parameter(name)
            }
        }
    }
}

private func constants(_ texts: String...) -> [SiteURL.Part] { texts.map(SiteURL.Part.constant) }

extension SiteURL.Operations {
    var parts: [SiteURL.Part] {
        switch self {
        case .healthz: constants("healthz")
        case .metrics: constants("metrics")
        case .asset(let name): constants("assets") + [name.part(.asset)]
        case .deliveryReceipts: constants("notify", "delivery-receipts")
        }
    }
}

extension SiteURL.Hub {
    var parts: [SiteURL.Part] {
        switch self {
        case .home: []
        case .services: constants("services")
        case .service(let slug): constants("services") + [slug.part(.serviceSlug)]
        case .startRequest(let slug): request(slug)
        case .requestQuestion(let slug, let code): request(slug) + constants("questions") + [code.part(.questionCode)]
        case .requestLocation(let slug): request(slug) + constants("location")
        case .requestNearby(let slug): request(slug) + constants("nearby")
        case .requestContact(let slug): request(slug) + constants("contact")
        case .requestCheck(let slug): request(slug) + constants("check")
        case .requestSent(let slug): request(slug) + constants("sent")
        case .partners: constants("partners")
        case .privacy: constants("privacy")
        case .accessibility: constants("accessibility")
        case .requests: constants("requests")
        case .request(let reference): constants("requests") + [reference.part(.caseReference)]
        case .satisfaction(let reference, let token): constants("requests") + [reference.part(.caseReference)] + constants("satisfaction") + [token.part(.surveyToken)]
        }
    }

    private func request(_ slug: Parameter<String>) -> [SiteURL.Part] {
        constants("services") + [slug.part(.serviceSlug), .constant("request")]
    }
}

extension SiteURL.Open311 {
    var parts: [SiteURL.Part] {
        switch self {
        case .root: []
        case .discovery(let format): constants("discovery.\(format.rawValue)")
        case .services(let format): constants("services.\(format.rawValue)")
        case .service(let code): constants("services") + [code.part(.serviceCode)]
        case .requests(let format): constants("requests.\(format.rawValue)")
        case .request(let id): constants("requests") + [id.part(.open311Request)]
        case .token(let token): constants("tokens") + [token.part(.open311Token)]
        case .updates(let format): constants("servicerequestupdates.\(format.rawValue)")
        }
    }
}

extension SiteURL.Staff {
    var parts: [SiteURL.Part] {
        switch self {
        case .home: []
        case .signIn: constants("sign-in")
        case .signOut: constants("sign-out")
        case .accountPassword: constants("account", "password")
        case .admin(let url): url.parts
        case .catalogue(let url): constants("catalogue") + url.parts
        case .performance(let url): constants("performance") + url.parts
        case .statements(let url): url.parts
        case .frontOffice(let url): url.parts
        }
    }
}

extension SiteURL.Admin {
    var parts: [SiteURL.Part] {
        switch self {
        case .organisations: constants("admin", "organisations")
        case .newOrganisation: constants("admin", "organisations", "new")
        case .organisation(let slug): constants("admin", "organisations") + [slug.part(.organisation)]
        case .divisions: constants("admin", "divisions")
        case .newDivision: constants("admin", "divisions", "new")
        case .division(let id): constants("admin", "divisions") + [id.part(.division)]
        case .users: constants("admin", "users")
        case .newUser: constants("admin", "users", "new")
        case .user(let id): constants("admin", "users") + [id.part(.user)]
        case .userPassword(let id): constants("admin", "users") + [id.part(.user)] + constants("password")
        case .tokens: constants("admin", "tokens")
        case .newToken: constants("admin", "tokens", "new")
        case .revokeToken(let id): constants("admin", "tokens") + [id.part(.token)] + constants("revoke")
        case .open311Keys: constants("admin", "open311-keys")
        case .newOpen311Key: constants("admin", "open311-keys", "new")
        case .revokeOpen311Key(let id): constants("admin", "open311-keys") + [id.part(.open311Key)] + constants("revoke")
        case .homeCouncil: constants("admin", "home-council")
        case .audit: constants("audit")
        case .auditCSV: constants("audit.csv")
        case .customerStandards: constants("admin", "standards")
        case .closures: constants("admin", "closures")
        case .removeClosure(let id): constants("admin", "closures") + [id.part(.closure)] + constants("remove")
        case .notify: constants("admin", "notify")
        case .notifyCallbackToken: constants("admin", "notify", "callback-token")
        case .outbox: constants("admin", "outbox")
        case .retryMessage(let id): constants("admin", "outbox") + [id.part(.message)] + constants("retry")
        }
    }
}

extension SiteURL.Catalogue {
    var parts: [SiteURL.Part] {
        switch self {
        case .index: []
        case .export: constants("export.csv")
        case .newService: constants("services", "new")
        case .service(let id): constants("services") + [id.part(.service)]
        case .editService(let id): constants("services") + [id.part(.service)] + constants("edit")
        case .interaction(let id, let type): constants("services") + [id.part(.service)] + constants("interactions") + [type.part(.interactionType)]
        case .form(let id): form(id)
        case .newFormQuestion(let id): form(id) + constants("questions", "new")
        case .formQuestion(let id, let position): form(id) + constants("questions") + [position.part(.questionPosition)]
        case .moveFormQuestion(let id, let position): form(id) + constants("questions") + [position.part(.questionPosition)] + constants("move")
        case .removeFormQuestion(let id, let position): form(id) + constants("questions") + [position.part(.questionPosition)] + constants("remove")
        case .unpublishForm(let id): form(id) + constants("unpublish")
        case .previewForm(let id): form(id) + constants("preview")
        case .upload: constants("import")
        case .pendingImport(let id): constants("import") + [id.part(.pendingImport)]
        }
    }

    private func form(_ id: Parameter<UUID>) -> [SiteURL.Part] {
        constants("services") + [id.part(.service)] + constants("form")
    }
}

extension SiteURL.Performance {
    var parts: [SiteURL.Part] {
        switch self {
        case .dashboard: []
        case .download(let table): constants("downloads") + [table.part(.table)]
        case .snapshots: constants("snapshots")
        case .snapshot(let id): constants("snapshots") + [id.part(.snapshot)]
        case .targets: constants("targets")
        case .removeTarget(let id): constants("targets") + [id.part(.target)] + constants("remove")
        }
    }
}

extension SiteURL.Statements {
    var parts: [SiteURL.Part] {
        switch self {
        case .index: constants("statements")
        case .committees: constants("committees")
        case .statement(let id): statement(id)
        case .preview(let id): statement(id) + constants("preview")
        case .deadline(let id): statement(id) + constants("deadline")
        case .submit(let id): statement(id) + constants("submit")
        case .section(let id, let key): statement(id) + constants("sections") + [key.part(.section)]
        case .completeSection(let id, let key): statement(id) + constants("sections") + [key.part(.section)] + constants("complete")
        case .assignSection(let id, let key): statement(id) + constants("sections") + [key.part(.section)] + constants("assign")
        case .compareRevisions(let id, let key): statement(id) + constants("sections") + [key.part(.section)] + constants("compare")
        case .fillTakeUp(let id): statement(id) + constants("take-up", "fill")
        case .consultations(let id): statement(id) + constants("consultations")
        case .consultation(let id): constants("consultations") + [id.part(.consultation)]
        case .consultationComments(let id): constants("consultations") + [id.part(.consultation)] + constants("comments")
        case .disposition(let id): constants("comments") + [id.part(.comment)] + constants("disposition")
        case .decisions(let id): statement(id) + constants("decisions")
        case .submission(let id): constants("submissions") + [id.part(.submission)]
        case .submissionDocument(let id, let name): constants("submissions") + [id.part(.submission), name.part(.document)]
        case .submissionReviews(let id): constants("submissions") + [id.part(.submission)] + constants("reviews")
        case .national: constants("national")
        case .nationalCSV: constants("national.csv")
        }
    }

    private func statement(_ id: Parameter<UUID>) -> [SiteURL.Part] {
        constants("statements") + [id.part(.statement)]
    }
}

extension SiteURL.FrontOffice {
    var parts: [SiteURL.Part] {
        switch self {
        case .residents: constants("residents")
        case .newResident: constants("residents", "new")
        case .resident(let id): resident(id)
        case .editResident(let id): resident(id) + constants("edit")
        case .distinguishResident(let id): resident(id) + constants("not-the-same")
        case .mergeResident(let id): resident(id) + constants("merge")
        case .residentViews(let id): resident(id) + constants("views")
        case .newContact: constants("contacts", "new")
        case .case(let reference): constants("cases") + [reference.part(.caseReference)]
        case .caseUpdates(let reference): constants("cases") + [reference.part(.caseReference)] + constants("updates")
        case .queue: constants("queue")
        case .compliance: constants("compliance")
        case .complianceCSV: constants("compliance.csv")
        case .takeUp: constants("take-up")
        case .sites: constants("sites")
        case .site(let id): constants("sites") + [id.part(.site)]
        case .visits(let id): constants("sites") + [id.part(.site)] + constants("visits")
        case .callVisit(let id): constants("visits") + [id.part(.visit)] + constants("call")
        case .visitLeft(let id): constants("visits") + [id.part(.visit)] + constants("left")
        }
    }

    private func resident(_ id: Parameter<UUID>) -> [SiteURL.Part] {
        constants("residents") + [id.part(.resident)]
    }
}

extension SiteURL.API {
    var parts: [SiteURL.Part] {
        switch self {
        case .root: []
        case .me: constants("me")
        case .openAPI: constants("openapi.json")
        case .bvpi157(let slug): constants("organisations") + [slug.part(.organisation)] + constants("bvpi157")
        case .statements(let slug): constants("organisations") + [slug.part(.organisation)] + constants("statements")
        case .statement(let id): statement(id)
        case .section(let id, let key): statement(id) + constants("sections") + [key.part(.section)]
        case .completeSection(let id, let key): statement(id) + constants("sections") + [key.part(.section)] + constants("complete")
        case .consultations(let id): statement(id) + constants("consultations")
        case .comments(let id): constants("consultations") + [id.part(.consultation)] + constants("comments")
        case .disposition(let id): constants("comments") + [id.part(.comment)] + constants("disposition")
        case .decisions(let id): statement(id) + constants("decisions")
        case .submissions(let id): statement(id) + constants("submissions")
        case .submission(let name): constants("submissions") + [name.part(.document)]
        case .services(let slug): organisation(slug) + constants("services")
        case .serviceForm(let slug, let service): organisation(slug) + constants("services") + [service.part(.serviceSlug)] + constants("form")
        case .customers(let slug): organisation(slug) + constants("customers")
        case .customer(let id): constants("customers") + [id.part(.resident)]
        case .contacts(let slug): organisation(slug) + constants("contacts")
        case .cases(let slug): organisation(slug) + constants("cases")
        case .case(let reference): constants("cases") + [reference.part(.caseReference)]
        case .caseUpdates(let reference): constants("cases") + [reference.part(.caseReference)] + constants("updates")
        case .standards(let slug): organisation(slug) + constants("standards")
        case .takeUp(let slug): organisation(slug) + constants("take-up")
        }
    }

    private func statement(_ id: Parameter<UUID>) -> [SiteURL.Part] {
        constants("statements") + [id.part(.statement)]
    }

    private func organisation(_ slug: Parameter<String>) -> [SiteURL.Part] {
        constants("organisations") + [slug.part(.organisation)]
    }
}
