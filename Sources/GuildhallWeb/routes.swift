import GuildhallCore
import Vapor

func routes(_ app: Application) throws {
    app.get(SiteURL.home.pathComponents, use: PublicController.home)
    app.get(SiteURL.accessibility.pathComponents, use: PublicController.accessibility)
    app.get(SiteURL.healthz.pathComponents, use: OperationsController.health)
    app.get(SiteURL.metrics.pathComponents, use: OperationsController.metrics)
    app.get(SiteURL.asset(SiteURL.parameter).pathComponents, use: OperationsController.asset)

    app.get(SiteURL.signIn.pathComponents, use: SignInController.show)
    app.post(SiteURL.signIn.pathComponents, use: SignInController.submit)
    app.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)

    let staff = app.grouped(RequireStaff())
    staff.get(SiteURL.staffHome.pathComponents, use: StaffHomeController.show)
    staff.get(SiteURL.accountPassword.pathComponents, use: AccountController.editPassword)
    staff.post(SiteURL.accountPassword.pathComponents, use: AccountController.updatePassword)

    let admin = staff.grouped(RequirePermission(permission: .administerOrganisation))
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

    let audit = staff.grouped(RequirePermission(permission: .readAuditTrail))
    audit.get(SiteURL.audit.pathComponents, use: AuditController.index)
    audit.get(SiteURL.auditCSV.pathComponents, use: AuditController.csv)

    let catalogue = staff.grouped(RequirePermission(permission: .readCatalogue))
    catalogue.get(SiteURL.catalogue.pathComponents, use: CatalogueController.index)
    catalogue.get(SiteURL.catalogueExport.pathComponents, use: CatalogueController.export)
    catalogue.get(SiteURL.service(SiteURL.parameter).pathComponents, use: ServicesController.show)

    let editing = staff.grouped(RequirePermission(permission: .editCatalogue))
    editing.get(SiteURL.newService.pathComponents, use: ServicesController.new)
    editing.post(SiteURL.newService.pathComponents, use: ServicesController.create)
    editing.get(SiteURL.editService(SiteURL.parameter).pathComponents, use: ServicesController.edit)
    editing.post(SiteURL.editService(SiteURL.parameter).pathComponents, use: ServicesController.update)
    editing.get(SiteURL.interaction(SiteURL.parameter, ":type").pathComponents, use: InteractionsController.edit)
    editing.post(SiteURL.interaction(SiteURL.parameter, ":type").pathComponents, use: InteractionsController.update)

    let importing = staff.grouped(RequirePermission(permission: .importCatalogue))
    importing.get(SiteURL.catalogueImport.pathComponents, use: ImportController.form)
    importing.on(.POST, SiteURL.catalogueImport.pathComponents, body: .collect(maxSize: "50mb"), use: ImportController.upload)
    importing.get(SiteURL.pendingImport(SiteURL.parameter).pathComponents, use: ImportController.preview)
    importing.post(SiteURL.pendingImport(SiteURL.parameter).pathComponents, use: ImportController.confirm)

    let performance = staff.grouped(RequirePermission(permission: .readPerformance))
    performance.get(SiteURL.performance.pathComponents, use: PerformanceController.dashboard)
    performance.get(SiteURL.performanceDownload(SiteURL.parameter).pathComponents, use: PerformanceController.download)
    performance.get(SiteURL.snapshot(SiteURL.parameter).pathComponents, use: PerformanceController.snapshot)
    performance.get(SiteURL.targets.pathComponents, use: TargetsController.index)

    let managing = staff.grouped(RequirePermission(permission: .managePerformance))
    managing.post(SiteURL.snapshots.pathComponents, use: PerformanceController.takeSnapshot)
    managing.post(SiteURL.targets.pathComponents, use: TargetsController.create)
    managing.get(SiteURL.removeTarget(SiteURL.parameter).pathComponents, use: TargetsController.confirmRemove)
    managing.post(SiteURL.removeTarget(SiteURL.parameter).pathComponents, use: TargetsController.remove)

    let id = SiteURL.parameter, key = ":key"
    let reading = staff.grouped(RequirePermission(permission: .readStatement))
    reading.get(SiteURL.statements.pathComponents, use: StatementsController.index)
    reading.get(SiteURL.committees.pathComponents, use: CommitteesController.index)
    reading.get(SiteURL.statement(id).pathComponents, use: StatementsController.show)
    reading.get(SiteURL.statementPreview(id).pathComponents, use: StatementsController.preview)
    reading.get(SiteURL.compareRevisions(id, key).pathComponents, use: SectionsController.compare)
    reading.get(SiteURL.consultations(id).pathComponents, use: ConsultationsController.index)
    reading.get(SiteURL.consultation(id).pathComponents, use: ConsultationsController.show)
    reading.get(SiteURL.decisions(id).pathComponents, use: ConsultationsController.decisions)

    let drafting = staff.grouped(RequirePermission(permission: .editStatement))
    // Partner organisations' staff reach sections assigned to them, so reading is checked per section.
    staff.get(SiteURL.section(id, key).pathComponents, use: SectionsController.show)
    drafting.post(SiteURL.section(id, key).pathComponents, use: SectionsController.save)

    let commenting = staff.grouped(RequirePermission(permission: .commentOnStatement))
    commenting.post(SiteURL.consultationComments(id).pathComponents, use: ConsultationsController.comment)

    let programme = staff.grouped(RequirePermission(permission: .manageStatement))
    programme.post(SiteURL.statements.pathComponents, use: StatementsController.create)
    programme.post(SiteURL.committees.pathComponents, use: CommitteesController.create)
    programme.post(SiteURL.statementDeadline(id).pathComponents, use: StatementsController.setDeadline)
    programme.post(SiteURL.completeSection(id, key).pathComponents, use: SectionsController.complete)
    programme.post(SiteURL.assignSection(id, key).pathComponents, use: SectionsController.assign)
    programme.post(SiteURL.consultations(id).pathComponents, use: ConsultationsController.open)
    programme.post(SiteURL.disposition(id).pathComponents, use: ConsultationsController.dispose)
    programme.post(SiteURL.decisions(id).pathComponents, use: ConsultationsController.decide)
    programme.get(SiteURL.statementSubmit(id).pathComponents, use: StatementsController.confirmSubmit)
    programme.post(SiteURL.statementSubmit(id).pathComponents, use: StatementsController.submit)

    // The organisation's own staff and central reviewers; checked in the controller.
    staff.get(SiteURL.submission(id).pathComponents, use: SubmissionsController.show)
    staff.get(SiteURL.submissionFile(id, ":file").pathComponents, use: SubmissionsController.file)

    let reviewing = staff.grouped(RequirePermission(permission: .reviewSubmissions))
    reviewing.post(SiteURL.submissionReviews(id).pathComponents, use: SubmissionsController.review)
    reviewing.get(SiteURL.national.pathComponents, use: NationalController.table)
    reviewing.get(SiteURL.nationalCSV.pathComponents, use: NationalController.csv)

    app.get(SiteURL.apiOpenAPI.pathComponents, use: APIController.openAPI)
    let api = app.grouped(APITokenAuthenticator(), RequireStaff())
    api.get(SiteURL.apiMe.pathComponents, use: APIController.me)
    api.get(SiteURL.apiBVPI157(":slug").pathComponents, use: APIController.bvpi157)
    api.post(SiteURL.apiStatements(":slug").pathComponents, use: StatementsAPIController.create)
    api.get(SiteURL.apiStatement(":id").pathComponents, use: StatementsAPIController.show)
    api.put(SiteURL.apiSection(":id", ":key").pathComponents, use: StatementsAPIController.saveSection)
    api.post(SiteURL.apiCompleteSection(":id", ":key").pathComponents, use: StatementsAPIController.completeSection)
    api.post(SiteURL.apiConsultations(":id").pathComponents, use: ConsultationsAPIController.open)
    api.post(SiteURL.apiComments(":id").pathComponents, use: ConsultationsAPIController.comment)
    api.put(SiteURL.apiDisposition(":id").pathComponents, use: ConsultationsAPIController.dispose)
    api.post(SiteURL.apiDecisions(":id").pathComponents, use: ConsultationsAPIController.decide)
    api.post(SiteURL.apiSubmissions(":id").pathComponents, use: StatementsAPIController.submit)
    api.get(SiteURL.apiSubmission(":file").pathComponents, use: StatementsAPIController.submission)
}
