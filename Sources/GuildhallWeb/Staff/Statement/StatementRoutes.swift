import GuildhallCore
import Vapor

/// The annual statement's pages, submissions and the national view, for signed-in staff.
enum StatementRoutes {
    static func register(on routes: any RoutesBuilder) {
        let reading = routes.grouped(RequirePermission(permission: .readStatement))
        reading.get(SiteURL.staff(.statements(.index)).pathComponents, use: StatementsController.index)
        reading.get(SiteURL.staff(.statements(.committees)).pathComponents, use: CommitteesController.index)
        reading.get(SiteURL.staff(.statements(.statement(.key))).pathComponents, use: StatementsController.show)
        reading.get(SiteURL.staff(.statements(.preview(.key))).pathComponents, use: StatementsController.preview)
        reading.get(SiteURL.staff(.statements(.compareRevisions(.key, .key))).pathComponents, use: SectionsController.compare)
        reading.get(SiteURL.staff(.statements(.consultations(.key))).pathComponents, use: ConsultationsController.index)
        reading.get(SiteURL.staff(.statements(.consultation(.key))).pathComponents, use: ConsultationsController.show)
        reading.get(SiteURL.staff(.statements(.decisions(.key))).pathComponents, use: ConsultationsController.decisions)

        let drafting = routes.grouped(RequirePermission(permission: .editStatement))
        // Partner organisations' staff reach sections assigned to them, so reading is checked per section.
        routes.get(SiteURL.staff(.statements(.section(.key, .key))).pathComponents, use: SectionsController.show)
        drafting.post(SiteURL.staff(.statements(.section(.key, .key))).pathComponents, use: SectionsController.save)

        let commenting = routes.grouped(RequirePermission(permission: .commentOnStatement))
        commenting.post(SiteURL.staff(.statements(.consultationComments(.key))).pathComponents, use: ConsultationsController.comment)

        let programme = routes.grouped(RequirePermission(permission: .manageStatement))
        programme.post(SiteURL.staff(.statements(.index)).pathComponents, use: StatementsController.create)
        programme.post(SiteURL.staff(.statements(.committees)).pathComponents, use: CommitteesController.create)
        programme.post(SiteURL.staff(.statements(.deadline(.key))).pathComponents, use: StatementsController.setDeadline)
        programme.post(SiteURL.staff(.statements(.completeSection(.key, .key))).pathComponents, use: SectionsController.complete)
        programme.post(SiteURL.staff(.statements(.assignSection(.key, .key))).pathComponents, use: SectionsController.assign)
        programme.post(SiteURL.staff(.statements(.fillTakeUp(.key))).pathComponents, use: SectionsController.fillTakeUp)
        programme.post(SiteURL.staff(.statements(.consultations(.key))).pathComponents, use: ConsultationsController.open)
        programme.post(SiteURL.staff(.statements(.disposition(.key))).pathComponents, use: ConsultationsController.dispose)
        programme.post(SiteURL.staff(.statements(.decisions(.key))).pathComponents, use: ConsultationsController.decide)
        programme.get(SiteURL.staff(.statements(.submit(.key))).pathComponents, use: StatementsController.confirmSubmit)
        programme.post(SiteURL.staff(.statements(.submit(.key))).pathComponents, use: StatementsController.submit)

        let submissions = routes.grouped(RequirePermission(permission: .readSubmissions))
        submissions.get(SiteURL.staff(.statements(.submission(.key))).pathComponents, use: SubmissionsController.show)
        submissions.get(SiteURL.staff(.statements(.submissionDocument(.key, .key))).pathComponents, use: SubmissionsController.file)

        let reviewing = routes.grouped(RequirePermission(permission: .reviewSubmissions))
        reviewing.post(SiteURL.staff(.statements(.submissionReviews(.key))).pathComponents, use: SubmissionsController.review)
        reviewing.get(SiteURL.staff(.statements(.national)).pathComponents, use: NationalController.table)
        reviewing.get(SiteURL.staff(.statements(.nationalCSV)).pathComponents, use: NationalController.csv)
    }
}
