import GuildhallCore
import Vapor

/// The administrator's pages and the audit trail, for signed-in staff.
enum AdminRoutes {
    static func register(on routes: any RoutesBuilder) {
        let admin = routes.grouped(RequirePermission(permission: .administerOrganisation))
        admin.get(SiteURL.organisations.pathComponents, use: OrganisationsController.index)
        admin.get(SiteURL.newOrganisation.pathComponents, use: OrganisationsController.new)
        admin.post(SiteURL.newOrganisation.pathComponents, use: OrganisationsController.create)
        admin.get(SiteURL.organisation(SiteURL.parameter).pathComponents, use: OrganisationsController.edit)
        admin.post(SiteURL.organisation(SiteURL.parameter).pathComponents, use: OrganisationsController.update)

        admin.get(SiteURL.divisions.pathComponents, use: DivisionsController.index)
        admin.get(SiteURL.newDivision.pathComponents, use: DivisionsController.new)
        admin.post(SiteURL.newDivision.pathComponents, use: DivisionsController.create)
        admin.get(SiteURL.division(SiteURL.parameter).pathComponents, use: DivisionsController.edit)
        admin.post(SiteURL.division(SiteURL.parameter).pathComponents, use: DivisionsController.update)

        admin.get(SiteURL.users.pathComponents, use: UsersController.index)
        admin.get(SiteURL.newUser.pathComponents, use: UsersController.new)
        admin.post(SiteURL.newUser.pathComponents, use: UsersController.create)
        admin.get(SiteURL.user(SiteURL.parameter).pathComponents, use: UsersController.edit)
        admin.post(SiteURL.user(SiteURL.parameter).pathComponents, use: UsersController.update)
        admin.get(SiteURL.userPassword(SiteURL.parameter).pathComponents, use: UsersController.editPassword)
        admin.post(SiteURL.userPassword(SiteURL.parameter).pathComponents, use: UsersController.updatePassword)

        admin.get(SiteURL.tokens.pathComponents, use: TokensController.index)
        admin.get(SiteURL.newToken.pathComponents, use: TokensController.new)
        admin.post(SiteURL.newToken.pathComponents, use: TokensController.create)
        admin.get(SiteURL.revokeToken(SiteURL.parameter).pathComponents, use: TokensController.confirmRevoke)
        admin.post(SiteURL.revokeToken(SiteURL.parameter).pathComponents, use: TokensController.revoke)

        let audit = routes.grouped(RequirePermission(permission: .readAuditTrail))
        audit.get(SiteURL.audit.pathComponents, use: AuditController.index)
        audit.get(SiteURL.auditCSV.pathComponents, use: AuditController.csv)
    }
}
