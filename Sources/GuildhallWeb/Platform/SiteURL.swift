import Vapor

/// Every page and endpoint of the site. Routes are registered from these and links are built
/// from them, so a link can never point at a route that does not exist.
enum SiteURL: Hashable {
    /// Stands for the route parameter when a URL is used to register a route.
    static let parameter = ":id"

    case home
    case accessibility
    case healthz
    case metrics
    case asset(String)

    case signIn
    case signOut
    case staffHome
    case accountPassword

    case organisations
    case newOrganisation
    case organisation(String)

    case divisions
    case newDivision
    case division(String)

    case users
    case newUser
    case user(String)
    case userPassword(String)

    case tokens
    case newToken
    case revokeToken(String)

    case audit
    case auditCSV

    case catalogue
    case catalogueExport
    case newService
    case service(String)
    case editService(String)
    case interaction(String, String)
    case catalogueImport
    case pendingImport(String)

    case performance
    case performanceDownload(String)
    case snapshots
    case snapshot(String)
    case targets
    case removeTarget(String)

    case statements
    case committees
    case statement(String)
    case statementPreview(String)
    case statementDeadline(String)
    case statementSubmit(String)
    case section(String, String)
    case completeSection(String, String)
    case assignSection(String, String)
    case compareRevisions(String, String)
    case consultations(String)
    case consultation(String)
    case consultationComments(String)
    case disposition(String)
    case decisions(String)
    case submission(String)
    case submissionFile(String, String)
    case submissionReviews(String)
    case national
    case nationalCSV

    case apiRoot
    case apiMe
    case apiOpenAPI
    case apiBVPI157(String)
    case apiStatements(String)
    case apiStatement(String)
    case apiSection(String, String)
    case apiCompleteSection(String, String)
    case apiConsultations(String)
    case apiComments(String)
    case apiDisposition(String)
    case apiDecisions(String)
    case apiSubmissions(String)
    case apiSubmission(String)

    case open311Root

    var segments: [String] {
        switch self {
        case .home: []
        case .accessibility: ["accessibility"]
        case .healthz: ["healthz"]
        case .metrics: ["metrics"]
        case .asset(let name): ["assets", name]
        case .signIn: ["staff", "sign-in"]
        case .signOut: ["staff", "sign-out"]
        case .staffHome: ["staff"]
        case .accountPassword: ["staff", "account", "password"]
        case .organisations: ["staff", "admin", "organisations"]
        case .newOrganisation: ["staff", "admin", "organisations", "new"]
        case .organisation(let slug): ["staff", "admin", "organisations", slug]
        case .divisions: ["staff", "admin", "divisions"]
        case .newDivision: ["staff", "admin", "divisions", "new"]
        case .division(let id): ["staff", "admin", "divisions", id]
        case .users: ["staff", "admin", "users"]
        case .newUser: ["staff", "admin", "users", "new"]
        case .user(let id): ["staff", "admin", "users", id]
        case .userPassword(let id): ["staff", "admin", "users", id, "password"]
        case .tokens: ["staff", "admin", "tokens"]
        case .newToken: ["staff", "admin", "tokens", "new"]
        case .revokeToken(let id): ["staff", "admin", "tokens", id, "revoke"]
        case .audit: ["staff", "audit"]
        case .auditCSV: ["staff", "audit.csv"]
        case .catalogue: ["staff", "catalogue"]
        case .catalogueExport: ["staff", "catalogue", "export.csv"]
        case .newService: ["staff", "catalogue", "services", "new"]
        case .service(let id): ["staff", "catalogue", "services", id]
        case .editService(let id): ["staff", "catalogue", "services", id, "edit"]
        case .interaction(let id, let type): ["staff", "catalogue", "services", id, "interactions", type]
        case .catalogueImport: ["staff", "catalogue", "import"]
        case .pendingImport(let id): ["staff", "catalogue", "import", id]
        case .performance: ["staff", "performance"]
        case .performanceDownload(let name): ["staff", "performance", "downloads", name]
        case .snapshots: ["staff", "performance", "snapshots"]
        case .snapshot(let id): ["staff", "performance", "snapshots", id]
        case .targets: ["staff", "performance", "targets"]
        case .removeTarget(let id): ["staff", "performance", "targets", id, "remove"]
        case .statements: ["staff", "statements"]
        case .committees: ["staff", "committees"]
        case .statement(let id): ["staff", "statements", id]
        case .statementPreview(let id): ["staff", "statements", id, "preview"]
        case .statementDeadline(let id): ["staff", "statements", id, "deadline"]
        case .statementSubmit(let id): ["staff", "statements", id, "submit"]
        case .section(let id, let key): ["staff", "statements", id, "sections", key]
        case .completeSection(let id, let key): ["staff", "statements", id, "sections", key, "complete"]
        case .assignSection(let id, let key): ["staff", "statements", id, "sections", key, "assign"]
        case .compareRevisions(let id, let key): ["staff", "statements", id, "sections", key, "compare"]
        case .consultations(let id): ["staff", "statements", id, "consultations"]
        case .consultation(let id): ["staff", "consultations", id]
        case .consultationComments(let id): ["staff", "consultations", id, "comments"]
        case .disposition(let id): ["staff", "comments", id, "disposition"]
        case .decisions(let id): ["staff", "statements", id, "decisions"]
        case .submission(let id): ["staff", "submissions", id]
        case .submissionFile(let id, let file): ["staff", "submissions", id, file]
        case .submissionReviews(let id): ["staff", "submissions", id, "reviews"]
        case .national: ["staff", "national"]
        case .nationalCSV: ["staff", "national.csv"]
        case .apiRoot: ["api", "v1"]
        case .apiMe: ["api", "v1", "me"]
        case .apiOpenAPI: ["api", "v1", "openapi.json"]
        case .apiBVPI157(let slug): ["api", "v1", "organisations", slug, "bvpi157"]
        case .apiStatements(let slug): ["api", "v1", "organisations", slug, "statements"]
        case .apiStatement(let id): ["api", "v1", "statements", id]
        case .apiSection(let id, let key): ["api", "v1", "statements", id, "sections", key]
        case .apiCompleteSection(let id, let key): ["api", "v1", "statements", id, "sections", key, "complete"]
        case .apiConsultations(let id): ["api", "v1", "statements", id, "consultations"]
        case .apiComments(let id): ["api", "v1", "consultations", id, "comments"]
        case .apiDisposition(let id): ["api", "v1", "comments", id, "disposition"]
        case .apiDecisions(let id): ["api", "v1", "statements", id, "decisions"]
        case .apiSubmissions(let id): ["api", "v1", "statements", id, "submissions"]
        case .apiSubmission(let file): ["api", "v1", "submissions", file]
        case .open311Root: ["open311", "v2"]
        }
    }

    var path: String {
        "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? $0 }.joined(separator: "/")
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

    var pathComponents: [PathComponent] {
        segments.map { PathComponent(stringLiteral: $0) }
    }
}
