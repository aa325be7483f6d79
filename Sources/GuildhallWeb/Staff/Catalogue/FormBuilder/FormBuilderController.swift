import GuildhallCore
import Vapor

/// Building a service's online form on the staff pages: its settings, its questions one at a
/// time, a preview, publishing from a day and unpublishing.
enum FormBuilderController {
    /// What the builder works on: the service, its form's definition so far, and the types it offers.
    struct Work {
        var service: Service
        var form: OnlineForm?
        var draft: FormDraft
        var types: [InteractionType]

        var serviceURL: String { SiteURL.staff(.catalogue(.service(.value(service.id!)))).path }
        var builderURL: String { SiteURL.staff(.catalogue(.form(.value(service.id!)))).path }
    }

    static func show(req: Request) async throws -> Response {
        let work = try await load(req)
        return FormBuilderPages.builder(await req.page("Online form for \(work.service.name)"), model(work, req)).response()
    }

    static func saveSettings(req: Request) async throws -> Response {
        var work = try await load(req)
        let settings = try req.content.decode(FormDraft.Settings.self)
        work.draft = work.draft.with(settings)
        return try await save(work, req, flash: "Form settings saved") { errors in
            let page = await req.page("Online form for \(work.service.name)", errors: settingsErrors(errors))
            return FormBuilderPages.builder(page, model(work, req)).response(.unprocessableEntity)
        }
    }

    static func unpublish(req: Request) async throws -> Response {
        var work = try await load(req)
        work.draft = work.draft.unpublished
        return try await save(work, req, flash: "The form is unpublished: residents and Open311 clients can no longer use it") { errors in
            throw Abort(.unprocessableEntity, reason: errors.problems.first?.message ?? "The form could not be unpublished")
        }
    }

    static func newQuestion(req: Request) async throws -> Response {
        let work = try await load(req)
        let blank = FormDraft.Question(code: "", question: "", datatype: FormDatatype.string.rawValue, required: "true")
        return FormBuilderPages.question(await req.page("Add a question"), service: work.service.name, question: blank,
                                         action: SiteURL.staff(.catalogue(.newFormQuestion(.value(work.service.id!)))).path, back: work.builderURL).response()
    }

    static func createQuestion(req: Request) async throws -> Response {
        var work = try await load(req)
        let question = try req.content.decode(FormDraft.Question.self)
        work.draft.questions.append(question)
        let index = work.draft.questions.count - 1
        return try await save(work, req, flash: "Question added") { errors in
            FormBuilderPages.question(await req.page("Add a question", errors: questionErrors(errors, index)), service: work.service.name, question: question,
                                      action: SiteURL.staff(.catalogue(.newFormQuestion(.value(work.service.id!)))).path, back: work.builderURL)
                .response(.unprocessableEntity)
        }
    }

    static func editQuestion(req: Request) async throws -> Response {
        let work = try await load(req)
        let index = try position(req, work)
        return FormBuilderPages.question(await req.page("Change a question"), service: work.service.name, question: work.draft.questions[index],
                                         action: SiteURL.staff(.catalogue(.formQuestion(.value(work.service.id!), .value(index + 1)))).path,
                                         back: work.builderURL).response()
    }

    static func updateQuestion(req: Request) async throws -> Response {
        var work = try await load(req)
        let index = try position(req, work)
        let question = try req.content.decode(FormDraft.Question.self)
        work.draft.questions[index] = question
        return try await save(work, req, flash: "Question saved") { errors in
            FormBuilderPages.question(await req.page("Change a question", errors: questionErrors(errors, index)), service: work.service.name, question: question,
                                      action: SiteURL.staff(.catalogue(.formQuestion(.value(work.service.id!), .value(index + 1)))).path, back: work.builderURL)
                .response(.unprocessableEntity)
        }
    }

    static func moveQuestion(req: Request) async throws -> Response {
        var work = try await load(req)
        let index = try position(req, work)
        let target = req.formFields["direction"] == "up" ? index - 1 : index + 1
        guard work.draft.questions.indices.contains(target) else { return req.redirect(to: work.builderURL) }
        work.draft.questions.swapAt(index, target)
        return try await save(work, req, flash: "Question moved \(target < index ? "up" : "down")") { errors in
            throw Abort(.unprocessableEntity, reason: errors.problems.first?.message ?? "The question could not be moved")
        }
    }

    static func confirmRemoveQuestion(req: Request) async throws -> Response {
        let work = try await load(req)
        let index = try position(req, work)
        return FormBuilderPages.confirmRemove(await req.page("Remove a question"), question: work.draft.questions[index].question,
                                              action: SiteURL.staff(.catalogue(.removeFormQuestion(.value(work.service.id!), .value(index + 1)))).path,
                                              back: work.builderURL).response()
    }

    static func removeQuestion(req: Request) async throws -> Response {
        var work = try await load(req)
        let index = try position(req, work)
        work.draft.questions.remove(at: index)
        return try await save(work, req, flash: "Question removed") { errors in
            throw Abort(.unprocessableEntity, reason: errors.problems.first?.message ?? "The question could not be removed")
        }
    }

    static func preview(req: Request) async throws -> Response {
        let work = try await load(req)
        let definition = try? work.draft.check(offering: Set(work.types))
        return FormBuilderPages.preview(await req.page("Preview of the form for \(work.service.name)"), service: work.service.name,
                                        definition: definition, back: work.builderURL).response()
    }

    // MARK: -

    private static func load(_ req: Request) async throws -> Work {
        let service = try await CatalogueLookup.service(req)
        guard try CatalogueLookup.mayEdit(req, service) else {
            throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change its form.")
        }
        let form = try await FormRegister.form(for: service, on: req.db)
        let types = service.interactions.filter(\.applicable).map(\.type).sorted()
        return Work(service: service, form: form, draft: form.map { FormDraft($0.definition) } ?? .starting(offering: types), types: types)
    }

    private static func position(_ req: Request, _ work: Work) throws -> Int {
        guard let position = req.parameters.get(.questionPosition), work.draft.questions.indices.contains(position - 1) else { throw Abort(.notFound) }
        return position - 1
    }

    private static func save(_ work: Work, _ req: Request, flash: String, redraw: (FieldErrors) async throws -> Response) async throws -> Response {
        try await req.complete {
            try await FormRegister.define(work.draft, for: work.service, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: flash, location: work.builderURL)
        } redraw: { errors in try await redraw(errors) }
    }

    /// The definition's problems under the builder page's field names.
    private static func settingsErrors(_ errors: FieldErrors) -> FieldErrors {
        let names = ["contact.name": "contactName", "contact.email": "contactEmail", "contact.phone": "contactPhone"]
        var renamed = FieldErrors()
        for problem in errors.problems where !problem.field.hasPrefix("questions") { renamed.add(field: names[problem.field] ?? problem.field, problem.message) }
        for problem in errors.problems where problem.field.hasPrefix("questions") {
            renamed.add(field: "questions", "A question needs changing: \(problem.message)")
        }
        return renamed
    }

    /// The problems with one question, under the question page's field names.
    private static func questionErrors(_ errors: FieldErrors, _ index: Int) -> FieldErrors {
        var renamed = FieldErrors()
        let prefix = "questions[\(index)]."
        for problem in errors.problems {
            if problem.field.hasPrefix(prefix) { renamed.add(field: String(problem.field.dropFirst(prefix.count)), problem.message) }
            else if problem.field == "questions" { renamed.add(field: "code", problem.message) }
        }
        if renamed.isEmpty { for problem in errors.problems { renamed.add(field: "code", problem.message) } }
        return renamed
    }

    private static func model(_ work: Work, _ req: Request) -> FormBuilderPages.Model {
        let today = CalendarDay(req.now)
        let status: String = switch (work.form, work.form?.publishedFrom) {
        case (nil, _): "No form yet"
        case (_, nil): "Draft: residents cannot use it"
        case (_, let day?): day <= today ? "Published from \(day.longDescription)" : "To be published from \(day.longDescription)"
        }
        return FormBuilderPages.Model(
            serviceID: work.service.id!, service: work.service.name, status: status, isPublished: work.form?.publishedFrom != nil,
            draft: work.draft, types: work.types, serviceURL: work.serviceURL)
    }
}
