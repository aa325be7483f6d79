import GuildhallCore
import Vapor

/// The catalogue's pages, its import and export, for signed-in staff.
enum CatalogueRoutes {
    static func register(on routes: any RoutesBuilder) {
        let catalogue = routes.grouped(RequirePermission(permission: .readCatalogue))
        catalogue.get(SiteURL.catalogue.pathComponents, use: CatalogueController.index)
        catalogue.get(SiteURL.catalogueExport.pathComponents, use: CatalogueController.export)
        catalogue.get(SiteURL.service(SiteURL.parameter).pathComponents, use: ServicesController.show)

        let editing = routes.grouped(RequirePermission(permission: .editCatalogue))
        editing.get(SiteURL.newService.pathComponents, use: ServicesController.new)
        editing.post(SiteURL.newService.pathComponents, use: ServicesController.create)
        editing.get(SiteURL.editService(SiteURL.parameter).pathComponents, use: ServicesController.edit)
        editing.post(SiteURL.editService(SiteURL.parameter).pathComponents, use: ServicesController.update)
        editing.get(SiteURL.interaction(SiteURL.parameter, ":type").pathComponents, use: InteractionsController.edit)
        editing.post(SiteURL.interaction(SiteURL.parameter, ":type").pathComponents, use: InteractionsController.update)

        let importing = routes.grouped(RequirePermission(permission: .importCatalogue))
        importing.get(SiteURL.catalogueImport.pathComponents, use: ImportController.form)
        importing.on(.POST, SiteURL.catalogueImport.pathComponents, body: .collect(maxSize: "50mb"), use: ImportController.upload)
        importing.get(SiteURL.pendingImport(SiteURL.parameter).pathComponents, use: ImportController.preview)
        importing.post(SiteURL.pendingImport(SiteURL.parameter).pathComponents, use: ImportController.confirm)
    }
}
