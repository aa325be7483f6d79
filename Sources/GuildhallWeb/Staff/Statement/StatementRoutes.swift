import GuildhallCore
import Vapor

/// The annual statement's pages, submissions and the national view, for signed-in staff.
enum StatementRoutes {
    static func register(on routes: any RoutesBuilder) {
        let id = SiteURL.parameter, key = ":key"
        let reading = routes.grouped(RequirePermission(permission: .readStatement))
        reading.get(SiteURL.statements.pathComponents, use: StatementsController.index)
        reading.get(SiteURL.committees.pathComponents, use: CommitteesController.index)
        reading.get(SiteURL.statement(id).pathComponents, use: StatementsController.show)
        reading.get(SiteURL.statementPreview(id).pathComponents, use: StatementsController.preview)
        reading.get(SiteURL.compareRevisions(id, key).pathComponents, use: SectionsController.compare)
        reading.get(SiteURL.consultations(id).pathComponents, use: ConsultationsController.index)
        reading.get(SiteURL.consultation(id).pathComponents, use: ConsultationsController.show)
        reading.get(SiteURL.decisions(id).pathComponents, use: ConsultationsController.decisions)

        let drafting = routes.grouped(RequirePermission(permission: .editStatement))
        // Partner organisations' staff reach sections assigned to them, so reading is checked per section.
        routes.get(SiteURL.section(id, key).pathComponents, use: SectionsController.show)
        drafting.post(SiteURL.section(id, key).pathComponents, use: SectionsController.save)

        let commenting = routes.grouped(RequirePermission(permission: .commentOnStatement))
        commenting.post(SiteURL.consultationComments(id).pathComponents, use: ConsultationsController.comment)

        let programme = routes.grouped(RequirePermission(permission: .manageStatement))
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

        let submissions = routes.grouped(RequirePermission(permission: .readSubmissions))
        submissions.get(SiteURL.submission(id).pathComponents, use: SubmissionsController.show)
        submissions.get(SiteURL.submissionFile(id, ":file").pathComponents, use: SubmissionsController.file)

        let reviewing = routes.grouped(RequirePermission(permission: .reviewSubmissions))
        reviewing.post(SiteURL.submissionReviews(id).pathComponents, use: SubmissionsController.review)
        reviewing.get(SiteURL.national.pathComponents, use: NationalController.table)
        reviewing.get(SiteURL.nationalCSV.pathComponents, use: NationalController.csv)
    }
}
