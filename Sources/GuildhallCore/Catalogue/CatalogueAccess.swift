import Foundation

/// Who may change which services: programme managers all of them, service owners only those of
/// their own division.
public enum CatalogueAccess {
    public static func mayEdit(serviceIn divisionID: UUID?, roles: Set<Role>, userDivisionID: UUID?) -> Bool {
        if roles.contains(.programmeManager) { return true }
        guard roles.contains(.serviceOwner), let userDivisionID else { return false }
        return divisionID == nil || divisionID == userDivisionID
    }

    /// Whether a user may add services at all: a service owner needs a division to add them to.
    public static func mayAdd(roles: Set<Role>, userDivisionID: UUID?) -> Bool {
        roles.contains(.programmeManager) || (roles.contains(.serviceOwner) && userDivisionID != nil)
    }

    /// The divisions a user may put a service in: any, or only their own.
    public static func divisions(_ all: [Division], roles: Set<Role>, userDivisionID: UUID?) -> [Division] {
        roles.contains(.programmeManager) ? all : all.filter { $0.id == userDivisionID && roles.contains(.serviceOwner) }
    }
}
