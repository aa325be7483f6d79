import GuildhallCore
import Vapor

/// The pages of a service's online form, from the first question to the reference.
enum RequestController {
    static func start(req: Request) async throws -> Response {
        let journey = try await RequestJourney.load(req)
        return req.redirect(to: journey.url(journey.steps[0]))
    }

    static func question(req: Request) async throws -> Response {
        var journey = try await RequestJourney.load(req)
        guard let code = req.parameters.get(.questionCode), let question = journey.definition.question(code) else { throw Abort(.notFound) }
        let step = RequestJourney.Step.question(code)
        if req.method == .POST {
            let fields = try RequestFields.read(req)
            journey.draft = journey.draft.answering(code, with: fields.attributes[code] ?? [])
            try journey.save(req)
            if let done = advance(journey, from: step, fields, req) { return done }
        }
        return RequestPages.question(await req.formPage(question.question, errors: req.method == .POST ? journey.problems(for: step) : FieldErrors()),
                                     service: journey.service.name, question: question, answers: journey.draft.answers[code] ?? [],
                                     action: journey.url(step), back: journey.back(from: step), changing: isChanging(req))
            .response(req.method == .POST ? .unprocessableEntity : .ok)
    }

    static func location(req: Request) async throws -> Response {
        var journey = try await RequestJourney.load(req)
        guard journey.definition.location.isAsked else { throw Abort(.notFound) }
        if req.method == .POST {
            let fields = try RequestFields.read(req)
            journey.draft = journey.draft.located(address: fields["address"], postcode: fields["postcode"], latitude: fields["lat"], longitude: fields["long"])
            try journey.save(req)
            if journey.problems(for: .location).isEmpty, !isChanging(req), try await !nearby(journey, req).isEmpty {
                return req.redirect(to: SiteURL.hub(.requestNearby(.value(journey.service.slug))).path)
            }
            if let done = advance(journey, from: .location, fields, req) { return done }
        }
        return RequestPages.location(await req.formPage("Where is it?", errors: req.method == .POST ? journey.problems(for: .location) : FieldErrors()),
                                     service: journey.service.name, draft: journey.draft, required: journey.definition.location == .required,
                                     action: journey.url(.location), back: journey.back(from: .location), changing: isChanging(req))
            .response(req.method == .POST ? .unprocessableEntity : .ok)
    }

    static func nearbyCases(req: Request) async throws -> Response {
        let journey = try await RequestJourney.load(req)
        let found = try await nearby(journey, req)
        guard !found.isEmpty else { return req.redirect(to: journey.url(journey.next(after: .location))) }
        let cases = found.map { item in
            RequestPages.Nearby(reference: item.reference, status: item.status.publicLabel, receivedOn: item.receivedOn.longDescription,
                                place: [item.locationAddress, item.locationPostcode ?? ""].filter { !$0.isEmpty }.joined(separator: ", "))
        }
        return RequestPages.nearby(await req.page("Is it one of these?"), service: journey.service.name, cases: cases,
                                   next: journey.url(journey.next(after: .location)), back: journey.url(.location)).response()
    }

    static func contact(req: Request) async throws -> Response {
        var journey = try await RequestJourney.load(req)
        guard journey.steps.contains(.contact) else { throw Abort(.notFound) }
        if req.method == .POST {
            let fields = try RequestFields.read(req)
            journey.draft = journey.draft.reaching(name: fields["name"], email: fields["email"], phone: fields["phone"], wantsUpdates: fields["updates"] == "yes")
            try journey.save(req)
            if let done = advance(journey, from: .contact, fields, req) { return done }
        }
        return RequestPages.contact(await req.formPage("How can we reach you?", errors: req.method == .POST ? journey.problems(for: .contact) : FieldErrors()),
                                    service: journey.service.name, draft: journey.draft, asks: journey.definition.contact,
                                    action: journey.url(.contact), back: journey.back(from: .contact), changing: isChanging(req))
            .response(req.method == .POST ? .unprocessableEntity : .ok)
    }

    static func check(req: Request) async throws -> Response {
        let journey = try await RequestJourney.load(req)
        if let unfinished = journey.firstUnfinished { return req.redirect(to: journey.url(unfinished)) }
        return RequestPages.check(await req.formPage("Check your answers"), service: journey.service.name, rows: rows(journey),
                                  action: journey.url(.check), back: journey.back(from: .check)).response()
    }

    /// Sends the request: refused to scripts, and to an address that has sent too many this hour.
    static func send(req: Request) async throws -> Response {
        let journey = try await RequestJourney.load(req)
        let fields = try RequestFields.read(req)
        guard fields["website"].isEmpty else {
            throw Abort(.badRequest, reason: "Your request could not be sent. If you are using a program to fill in the form, use the council’s Open311 service instead.")
        }
        if let unfinished = journey.firstUnfinished { return req.redirect(to: journey.url(unfinished)) }
        if let wait = try await RequestLimiter.admit(req.remoteAddress?.ipAddress ?? "unknown", limit: req.application.guildhall.configuration.requestLimit,
                                                      at: req.now, on: req.db) {
            throw Abort(.tooManyRequests, headers: ["Retry-After": String(wait)],
                        reason: "Too many requests have been sent from your connection in the last hour. Try again in \(max(1, wait / 60)) minutes, or call customer services.")
        }
        do {
            let item = try await RequestRegister.submit(journey.draft, for: journey.service, form: journey.form, via: .hub, at: req.now, on: req.db)
            journey.finish(item, req)
            return req.redirect(to: SiteURL.hub(.requestSent(.value(journey.service.slug))).path)
        } catch is FieldErrors {
            return req.redirect(to: journey.url(journey.firstUnfinished ?? journey.steps[0]))
        }
    }

    static func sent(req: Request) async throws -> Response {
        let journey = try await RequestJourney.load(req)
        guard let reference = journey.sentReference(req), let request = try await RequestTracking.find(reference, on: req.db) else {
            return req.redirect(to: SiteURL.hub(.service(.value(journey.service.slug))).path)
        }
        let item = try await CaseRegister.find(reference: reference, in: journey.organisation.requireID(), on: req.db)
        return RequestPages.sent(await req.page("Request sent"), service: journey.service.name, reference: request.reference, replyBy: request.replyBy,
                                 resolveBy: request.resolveBy, willUpdate: item?.wantsUpdates ?? false).response()
    }

    // MARK: -

    private static func isChanging(_ req: Request) -> Bool {
        (try? req.query.get(String.self, at: "change")) == "1" || req.formFields["change"] == "1"
    }

    /// The next page once a step's answers are right: the check page when changing one answer.
    private static func advance(_ journey: RequestJourney, from step: RequestJourney.Step, _ fields: RequestFields, _ req: Request) -> Response? {
        guard journey.problems(for: step).isEmpty else { return nil }
        return req.redirect(to: journey.url(fields["change"] == "1" ? .check : journey.next(after: step)))
    }

    private static func nearby(_ journey: RequestJourney, _ req: Request) async throws -> [Case] {
        try await RequestRegister.nearby(journey.service, latitude: Double(journey.draft.latitude), longitude: Double(journey.draft.longitude),
                                         postcode: journey.draft.postcode, on: req.db)
    }

    private static func rows(_ journey: RequestJourney) -> [RequestPages.Row] {
        let draft = journey.draft
        func change(_ step: RequestJourney.Step) -> String { journey.url(step) + "?change=1" }
        var rows = journey.definition.questions.map { question in
            RequestPages.Row(key: question.question, value: (draft.answers[question.code] ?? []).map(question.shown).joined(separator: ", ").nilIfEmpty ?? "Not answered",
                             change: change(.question(question.code)))
        }
        if journey.definition.location.isAsked {
            let place = [draft.postcode, draft.address, draft.latitude.isEmpty ? "" : "\(draft.latitude), \(draft.longitude)"].filter { !$0.isEmpty }
            rows.append(.init(key: "Where", value: place.joined(separator: "; ").nilIfEmpty ?? "Not given", change: change(.location)))
        }
        let asks = journey.definition.contact
        for (ask, key, value) in [(asks.name, "Name", draft.name), (asks.email, "Email address", draft.email), (asks.phone, "Phone number", draft.phone)]
        where ask.isAsked {
            rows.append(.init(key: key, value: value.nilIfEmpty ?? "Not given", change: change(.contact)))
        }
        if journey.steps.contains(.contact) {
            rows.append(.init(key: "Updates", value: draft.wantsUpdates ? "Yes, send me updates" : "No", change: change(.contact)))
        }
        return rows
    }
}
