/// A staff role. A user holds one or more; what each may do is decided by `Permission`.
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case admin
    case programmeManager = "programme-manager"
    case serviceOwner = "service-owner"
    case frontOffice = "front-office"
    case backOffice = "back-office"
    case committeeMember = "committee-member"
    case auditor
    case centralReviewer = "central-reviewer"

    public var label: String {
        switch self {
        case .admin: "Administrator"
        case .programmeManager: "Programme manager"
        case .serviceOwner: "Service owner"
        case .frontOffice: "Front office"
        case .backOffice: "Back office"
        case .committeeMember: "Committee member"
        case .auditor: "Auditor"
        case .centralReviewer: "Central reviewer"
        }
    }

    public var hint: String {
        switch self {
        case .admin: "Manages the organisation, its divisions, staff accounts and API tokens."
        case .programmeManager: "Runs the e-government programme: the catalogue, targets and the statement."
        case .serviceOwner: "Keeps their own division's services and statement sections up to date."
        case .frontOffice: "Contact centre and INFO centre staff who take requests from residents."
        case .backOffice: "Division staff who resolve the requests passed to them."
        case .committeeMember: "Councillors and board members who read drafts and comment on them."
        case .auditor: "Reads everything, including the audit trail, and changes nothing."
        case .centralReviewer: "Central government officer who reviews submitted statements."
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Something a signed-in user may do. Routes ask for a permission, never for a role, so that the
/// role matrix lives in one place.
public enum Permission: Sendable, CaseIterable {
    case administerOrganisation
    case readAuditTrail
    case readCatalogue
    /// Service owners hold this too, but only for their own division's services (`CatalogueAccess`).
    case editCatalogue
    case importCatalogue
    case readPerformance
    case managePerformance
    /// Drafts only: central reviewers see submissions, never drafts.
    case readStatement
    /// Service owners hold this too, but only for sections assigned to their division (`StatementAccess`).
    case editStatement
    case manageStatement
    case commentOnStatement
    /// Submitted statements: the organisation's own, or every organisation's with `reviewSubmissions`.
    case readSubmissions
    /// Every organisation's submissions, never their drafts.
    case reviewSubmissions
    /// The front office's figures and catalogue: compliance with the standards, take-up, the queue at INFO centres.
    case readFrontOffice
    /// Residents' personal data, their contacts and cases. Back-office staff see only those of
    /// their own division's cases (`FrontOfficeAccess`).
    case readResidents
    /// Adding residents, taking contacts, opening and working on cases, the INFO centre queue.
    case takeContacts
    /// The organisation's customer service standards, closure days and INFO centres.
    case manageStandards
    /// Who has opened which resident's record.
    case readRecordViews

    public var roles: Set<Role> {
        switch self {
        case .administerOrganisation: [.admin]
        case .readAuditTrail: [.admin, .auditor]
        case .readCatalogue: [.admin, .programmeManager, .serviceOwner, .frontOffice, .backOffice, .committeeMember, .auditor]
        case .editCatalogue: [.programmeManager, .serviceOwner]
        case .importCatalogue: [.programmeManager]
        case .readPerformance: [.programmeManager, .committeeMember, .auditor]
        case .managePerformance: [.programmeManager]
        case .readStatement: [.admin, .programmeManager, .serviceOwner, .committeeMember, .auditor]
        case .editStatement: [.programmeManager, .serviceOwner]
        case .manageStatement: [.programmeManager]
        case .commentOnStatement: [.committeeMember, .programmeManager]
        case .readSubmissions: [.admin, .programmeManager, .serviceOwner, .committeeMember, .auditor, .centralReviewer]
        case .reviewSubmissions: [.centralReviewer]
        case .readFrontOffice: [.admin, .programmeManager, .serviceOwner, .frontOffice, .backOffice, .auditor]
        case .readResidents: [.admin, .programmeManager, .frontOffice, .backOffice, .auditor]
        case .takeContacts: [.frontOffice, .backOffice]
        case .manageStandards: [.admin]
        case .readRecordViews: [.auditor]
        }
    }
}

extension Collection where Element == Role {
    public func allow(_ permission: Permission) -> Bool {
        contains { permission.roles.contains($0) }
    }
}
