import Foundation

/// Who may read and write which section. The organisation's programme managers write every
/// section, and its service owners those assigned to their division; a partner organisation's
/// programme managers and service owners read and write the sections assigned to it. A section's
/// named owner is who answers for it, not an extra writer.
public enum StatementAccess {
    public static func mayEdit(
        _ section: StatementSection, of statement: Statement, roles: Set<Role>, organisationID: UUID, divisionID: UUID?
    ) -> Bool {
        guard roles.allow(.editStatement) else { return false }
        guard statement.$organisation.id == organisationID else { return section.$partner.id == organisationID }
        if roles.contains(.programmeManager) { return true }
        guard let divisionID else { return false }
        return section.$division.id == divisionID
    }

    public static func mayRead(_ section: StatementSection, of statement: Statement, roles: Set<Role>, organisationID: UUID) -> Bool {
        guard roles.allow(.readStatement) else { return false }
        return statement.$organisation.id == organisationID || section.$partner.id == organisationID
    }
}
