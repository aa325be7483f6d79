import FluentKit
import Foundation

/// Whose cases and residents a member of staff may see. Back-office staff work for a division:
/// unless another role of theirs reads the whole organisation's, they see their division's cases
/// and the residents those cases are for.
public enum FrontOfficeAccess: Sendable, Equatable {
    case organisation
    case division(UUID?)

    public init(roles: Set<Role>, divisionID: UUID?) {
        let wholeOrganisation: Set<Role> = [.admin, .programmeManager, .frontOffice, .auditor]
        self = roles.isDisjoint(with: wholeOrganisation) ? .division(divisionID) : .organisation
    }

    public func sees(_ item: Case) -> Bool {
        switch self {
        case .organisation: true
        case .division(let id): id != nil && item.$division.id == id
        }
    }

    public func sees(_ resident: Resident, on db: any Database) async throws -> Bool {
        switch self {
        case .organisation: return true
        case .division(let id):
            guard let id else { return false }
            return try await Case.query(on: db).filter(\.$resident.$id == resident.requireID()).filter(\.$division.$id == id).count() > 0
        }
    }
}
