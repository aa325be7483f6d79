import Foundation

/// Who may write which section: programme managers every one, service owners only those
/// assigned to their own division.
public enum StatementAccess {
    public static func mayEdit(_ section: StatementSection, roles: Set<Role>, userDivisionID: UUID?) -> Bool {
        if roles.contains(.programmeManager) { return true }
        guard roles.contains(.serviceOwner), let userDivisionID else { return false }
        return section.$division.id == userDivisionID
    }
}
