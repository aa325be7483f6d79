import GuildhallCore
import Vapor

/// The catalogue's pages, its import and export, for signed-in staff.
enum CatalogueRoutes {
    static func register(on routes: any RoutesBuilder) {
        let catalogue = routes.grouped(RequirePermission(permission: .readCatalogue))
        catalogue.get(SiteURL.staff(.catalogue(.index)).pathComponents, use: CatalogueController.index)
        catalogue.get(SiteURL.staff(.catalogue(.export)).pathComponents, use: CatalogueController.export)
        catalogue.get(SiteURL.staff(.catalogue(.service(.key))).pathComponents, use: ServicesController.show)

        let editing = routes.grouped(RequirePermission(permission: .editCatalogue))
        editing.get(SiteURL.staff(.catalogue(.newService)).pathComponents, use: ServicesController.new)
        editing.post(SiteURL.staff(.catalogue(.newService)).pathComponents, use: ServicesController.create)
        editing.get(SiteURL.staff(.catalogue(.editService(.key))).pathComponents, use: ServicesController.edit)
        editing.post(SiteURL.staff(.catalogue(.editService(.key))).pathComponents, use: ServicesController.update)
        editing.get(SiteURL.staff(.catalogue(.interaction(.key, .key))).pathComponents, use: InteractionsController.edit)
        editing.post(SiteURL.staff(.catalogue(.interaction(.key, .key))).pathComponents, use: InteractionsController.update)
        editing.get(SiteURL.staff(.catalogue(.form(.key))).pathComponents, use: FormBuilderController.show)
        editing.post(SiteURL.staff(.catalogue(.form(.key))).pathComponents, use: FormBuilderController.saveSettings)
        editing.get(SiteURL.staff(.catalogue(.newFormQuestion(.key))).pathComponents, use: FormBuilderController.newQuestion)
        editing.post(SiteURL.staff(.catalogue(.newFormQuestion(.key))).pathComponents, use: FormBuilderController.createQuestion)
        editing.get(SiteURL.staff(.catalogue(.formQuestion(.key, .key))).pathComponents, use: FormBuilderController.editQuestion)
        editing.post(SiteURL.staff(.catalogue(.formQuestion(.key, .key))).pathComponents, use: FormBuilderController.updateQuestion)
        editing.post(SiteURL.staff(.catalogue(.moveFormQuestion(.key, .key))).pathComponents, use: FormBuilderController.moveQuestion)
        editing.get(SiteURL.staff(.catalogue(.removeFormQuestion(.key, .key))).pathComponents, use: FormBuilderController.confirmRemoveQuestion)
        editing.post(SiteURL.staff(.catalogue(.removeFormQuestion(.key, .key))).pathComponents, use: FormBuilderController.removeQuestion)
        editing.post(SiteURL.staff(.catalogue(.unpublishForm(.key))).pathComponents, use: FormBuilderController.unpublish)
        editing.get(SiteURL.staff(.catalogue(.previewForm(.key))).pathComponents, use: FormBuilderController.preview)

        let importing = routes.grouped(RequirePermission(permission: .importCatalogue))
        importing.get(SiteURL.staff(.catalogue(.upload)).pathComponents, use: ImportController.form)
        importing.on(.POST, SiteURL.staff(.catalogue(.upload)).pathComponents, body: .collect(maxSize: CSRFMiddleware.uploadLimit), use: ImportController.upload)
        importing.get(SiteURL.staff(.catalogue(.pendingImport(.key))).pathComponents, use: ImportController.preview)
        importing.post(SiteURL.staff(.catalogue(.pendingImport(.key))).pathComponents, use: ImportController.confirm)
    }
}
