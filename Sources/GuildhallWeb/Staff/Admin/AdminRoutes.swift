import GuildhallCore
import Vapor

/// The administrator's pages and the audit trail, for signed-in staff.
enum AdminRoutes {
    static func register(on routes: any RoutesBuilder) {
        let admin = routes.grouped(RequirePermission(permission: .administerOrganisation))
        admin.get(SiteURL.staff(.admin(.organisations)).pathComponents, use: OrganisationsController.index)
        admin.get(SiteURL.staff(.admin(.newOrganisation)).pathComponents, use: OrganisationsController.new)
        admin.post(SiteURL.staff(.admin(.newOrganisation)).pathComponents, use: OrganisationsController.create)
        admin.get(SiteURL.staff(.admin(.organisation(.key))).pathComponents, use: OrganisationsController.edit)
        admin.post(SiteURL.staff(.admin(.organisation(.key))).pathComponents, use: OrganisationsController.update)

        admin.get(SiteURL.staff(.admin(.divisions)).pathComponents, use: DivisionsController.index)
        admin.get(SiteURL.staff(.admin(.newDivision)).pathComponents, use: DivisionsController.new)
        admin.post(SiteURL.staff(.admin(.newDivision)).pathComponents, use: DivisionsController.create)
        admin.get(SiteURL.staff(.admin(.division(.key))).pathComponents, use: DivisionsController.edit)
        admin.post(SiteURL.staff(.admin(.division(.key))).pathComponents, use: DivisionsController.update)

        admin.get(SiteURL.staff(.admin(.users)).pathComponents, use: UsersController.index)
        admin.get(SiteURL.staff(.admin(.newUser)).pathComponents, use: UsersController.new)
        admin.post(SiteURL.staff(.admin(.newUser)).pathComponents, use: UsersController.create)
        admin.get(SiteURL.staff(.admin(.user(.key))).pathComponents, use: UsersController.edit)
        admin.post(SiteURL.staff(.admin(.user(.key))).pathComponents, use: UsersController.update)
        admin.get(SiteURL.staff(.admin(.userPassword(.key))).pathComponents, use: UsersController.editPassword)
        admin.post(SiteURL.staff(.admin(.userPassword(.key))).pathComponents, use: UsersController.updatePassword)

        admin.get(SiteURL.staff(.admin(.tokens)).pathComponents, use: TokensController.index)
        admin.get(SiteURL.staff(.admin(.newToken)).pathComponents, use: TokensController.new)
        admin.post(SiteURL.staff(.admin(.newToken)).pathComponents, use: TokensController.create)
        admin.get(SiteURL.staff(.admin(.revokeToken(.key))).pathComponents, use: TokensController.confirmRevoke)
        admin.post(SiteURL.staff(.admin(.revokeToken(.key))).pathComponents, use: TokensController.revoke)

        admin.get(SiteURL.staff(.admin(.open311Keys)).pathComponents, use: Open311KeysController.index)
        admin.get(SiteURL.staff(.admin(.newOpen311Key)).pathComponents, use: Open311KeysController.new)
        admin.post(SiteURL.staff(.admin(.newOpen311Key)).pathComponents, use: Open311KeysController.create)
        admin.get(SiteURL.staff(.admin(.revokeOpen311Key(.key))).pathComponents, use: Open311KeysController.confirmRevoke)
        admin.post(SiteURL.staff(.admin(.revokeOpen311Key(.key))).pathComponents, use: Open311KeysController.revoke)
        admin.post(SiteURL.staff(.admin(.homeCouncil)).pathComponents, use: OrganisationsController.chooseHome)

        admin.get(SiteURL.staff(.admin(.notify)).pathComponents, use: NotifyController.show)
        admin.post(SiteURL.staff(.admin(.notify)).pathComponents, use: NotifyController.save)
        admin.get(SiteURL.staff(.admin(.notifyCallbackToken)).pathComponents, use: NotifyController.confirmNewToken)
        admin.post(SiteURL.staff(.admin(.notifyCallbackToken)).pathComponents, use: NotifyController.replaceToken)
        admin.get(SiteURL.staff(.admin(.outbox)).pathComponents, use: OutboxController.index)
        admin.post(SiteURL.staff(.admin(.retryMessage(.key))).pathComponents, use: OutboxController.retry)

        let audit = routes.grouped(RequirePermission(permission: .readAuditTrail))
        audit.get(SiteURL.staff(.admin(.audit)).pathComponents, use: AuditController.index)
        audit.get(SiteURL.staff(.admin(.auditCSV)).pathComponents, use: AuditController.csv)
    }
}
