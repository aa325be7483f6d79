import FluentKit
import Foundation
import GuildhallCore
import Vapor

/// A resident's way through a service's online form: a page for each question, then where, then
/// how to reach them, then a check of the answers. What they have answered so far is kept in
/// their session (in the database, so any application node can serve the next page).
struct RequestJourney {
    enum Step: Equatable {
        case question(String)
        case location
        case contact
        case check
    }

    let service: Service
    let organisation: Organisation
    let form: OnlineForm
    var draft: RequestDraft

    var definition: FormDefinition { form.definition }

    static func load(_ req: Request) async throws -> RequestJourney {
        guard let slug = req.parameters.get(.serviceSlug), let (service, organisation) = try await HubCatalogue.locate(slug, on: req.db),
              let form = try await FormRegister.form(for: service, on: req.db), form.isPublished(on: CalendarDay(req.now))
        else { throw Abort(.notFound) }
        var journey = RequestJourney(service: service, organisation: organisation, form: form, draft: RequestDraft())
        if let saved = req.session.data[journey.sessionKey], let draft = try? JSONDecoder().decode(RequestDraft.self, from: Data(saved.utf8)) {
            journey.draft = draft
        }
        return journey
    }

    private var sessionKey: String { "request:\(organisation.slug)/\(service.slug)" }
    private var sentKey: String { "sent:\(organisation.slug)/\(service.slug)" }

    func save(_ req: Request) throws {
        req.session.data[sessionKey] = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
    }

    /// Forgets the answers and remembers the reference, for the confirmation page.
    func finish(_ item: Case, _ req: Request) {
        req.session.data[sessionKey] = nil
        req.session.data[sentKey] = item.reference
    }

    func sentReference(_ req: Request) -> String? { req.session.data[sentKey] }

    var steps: [Step] {
        definition.questions.map { .question($0.code) }
            + (definition.location.isAsked ? [.location] : [])
            + ([definition.contact.name, definition.contact.email, definition.contact.phone].contains(where: \.isAsked) ? [.contact] : [])
            + [.check]
    }

    func next(after step: Step) -> Step {
        guard let index = steps.firstIndex(of: step), index + 1 < steps.count else { return .check }
        return steps[index + 1]
    }

    func previous(before step: Step) -> Step? {
        guard let index = steps.firstIndex(of: step), index > 0 else { return nil }
        return steps[index - 1]
    }

    func url(_ step: Step) -> String {
        let slug = Parameter<String>.value(service.slug)
        return switch step {
        case .question(let code): SiteURL.hub(.requestQuestion(slug, .value(code))).path
        case .location: SiteURL.hub(.requestLocation(slug)).path
        case .contact: SiteURL.hub(.requestContact(slug)).path
        case .check: SiteURL.hub(.requestCheck(slug)).path
        }
    }

    /// Where the back link of a step goes: the previous step, or the service's page.
    func back(from step: Step) -> String {
        previous(before: step).map(url) ?? SiteURL.hub(.service(.value(service.slug))).path
    }

    /// The problems with the answers so far that belong to `step`.
    func problems(for step: Step) -> FieldErrors {
        let all = draft.check(against: definition).errors
        let fields: Set<String> = switch step {
        case .question(let code): [code]
        case .location: ["location", "lat", "long", "postcode", "address"]
        case .contact: ["name", "email", "phone"]
        case .check: Set(all.problems.map(\.field))
        }
        var errors = FieldErrors()
        for problem in all.problems where fields.contains(problem.field) {
            // The page has no field called location: the postcode is the first of its ways.
            errors.add(field: problem.field == "location" ? "postcode" : problem.field, problem.message)
        }
        return errors
    }

    /// The first step whose answers have problems, if any.
    var firstUnfinished: Step? {
        steps.first { $0 != .check && !problems(for: $0).isEmpty }
    }
}
