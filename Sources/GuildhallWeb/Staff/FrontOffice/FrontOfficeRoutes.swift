import GuildhallCore
import Vapor

/// The front office: residents, contacts, cases and work queues, INFO centres, and the
/// standards they are measured against, for signed-in staff.
enum FrontOfficeRoutes {
    static func register(on routes: any RoutesBuilder) {
        let figures = routes.grouped(RequirePermission(permission: .readFrontOffice))
        figures.get(url(.compliance), use: ReportsController.compliance)
        figures.get(url(.complianceCSV), use: ReportsController.complianceCSV)
        figures.get(url(.takeUp), use: ReportsController.takeUp)
        figures.get(url(.sites), use: SitesController.index)

        let reading = routes.grouped(RequirePermission(permission: .readResidents))
        reading.get(url(.residents), use: ResidentsController.index)
        reading.get(url(.resident(.key)), use: ResidentsController.show)
        reading.get(url(.case(.key)), use: CasesController.show)
        reading.get(url(.queue), use: WorkQueueController.show)
        reading.get(url(.site(.key)), use: SitesController.show)

        let taking = routes.grouped(RequirePermission(permission: .takeContacts))
        taking.get(url(.newResident), use: ResidentsController.new)
        taking.post(url(.newResident), use: ResidentsController.create)
        taking.get(url(.editResident(.key)), use: ResidentsController.edit)
        taking.post(url(.editResident(.key)), use: ResidentsController.update)
        taking.post(url(.distinguishResident(.key)), use: ResidentsController.distinguish)
        taking.get(url(.mergeResident(.key)), use: ResidentsController.confirmMerge)
        taking.post(url(.mergeResident(.key)), use: ResidentsController.merge)
        taking.get(url(.newContact), use: ContactsController.new)
        taking.post(url(.newContact), use: ContactsController.create)
        taking.post(url(.caseUpdates(.key)), use: CasesController.update)
        taking.post(url(.visits(.key)), use: SitesController.arrive)
        taking.post(url(.callVisit(.key)), use: SitesController.call)
        taking.post(url(.visitLeft(.key)), use: SitesController.left)

        routes.grouped(RequirePermission(permission: .readRecordViews)).get(url(.residentViews(.key)), use: ResidentsController.views)

        let managing = routes.grouped(RequirePermission(permission: .manageStandards))
        managing.post(url(.sites), use: SitesController.create)
        managing.get(SiteURL.staff(.admin(.customerStandards)).pathComponents, use: CustomerStandardsController.show)
        managing.post(SiteURL.staff(.admin(.customerStandards)).pathComponents, use: CustomerStandardsController.save)
        managing.post(SiteURL.staff(.admin(.closures)).pathComponents, use: CustomerStandardsController.addClosure)
        managing.get(SiteURL.staff(.admin(.removeClosure(.key))).pathComponents, use: CustomerStandardsController.confirmRemove)
        managing.post(SiteURL.staff(.admin(.removeClosure(.key))).pathComponents, use: CustomerStandardsController.remove)
    }

    private static func url(_ page: SiteURL.FrontOffice) -> [PathComponent] {
        SiteURL.staff(.frontOffice(page)).pathComponents
    }
}
