import Foundation

/// A resident's answer to one of a form's questions, kept on the case with the question as it
/// was asked, so that a later change to the form does not change what was said.
public struct FormAnswer: Codable, Equatable, Sendable {
    public var code: String
    public var question: String
    /// The answer as the resident read it: a list's choices by name.
    public var answer: String

    public init(code: String, question: String, answer: String) {
        self.code = code
        self.question = question
        self.answer = answer
    }
}

/// A request for a service as a resident made it, on the Hub's pages or through an Open311
/// client, before it is checked against the service's form.
public struct RequestDraft: Codable, Sendable, Equatable {
    /// Answers by question code; a list question may have several.
    public var answers: [String: [String]]
    public var description: String
    public var address: String
    public var postcode: String
    public var latitude: String
    public var longitude: String
    public var name: String
    public var email: String
    public var phone: String
    public var wantsUpdates: Bool

    public init(answers: [String: [String]] = [:], description: String = "", address: String = "", postcode: String = "", latitude: String = "",
                longitude: String = "", name: String = "", email: String = "", phone: String = "", wantsUpdates: Bool = false) {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.answers = answers.mapValues { $0.map(trimmed).filter { !$0.isEmpty } }.filter { !$0.value.isEmpty }
        self.description = trimmed(description)
        self.address = trimmed(address)
        self.postcode = trimmed(postcode)
        self.latitude = trimmed(latitude)
        self.longitude = trimmed(longitude)
        self.name = trimmed(name)
        self.email = trimmed(email)
        self.phone = trimmed(phone)
        self.wantsUpdates = wantsUpdates
    }

    /// The draft with one question's answer replaced, as a page of the form sends it.
    public func answering(_ code: String, with values: [String]) -> RequestDraft {
        changed { $0.answers[code] = values }
    }

    /// The draft with where it is replaced.
    public func located(address: String, postcode: String, latitude: String, longitude: String) -> RequestDraft {
        changed { draft in
            (draft.address, draft.postcode, draft.latitude, draft.longitude) = (address, postcode, latitude, longitude)
        }
    }

    /// The draft with how to reach the resident replaced.
    public func reaching(name: String, email: String, phone: String, wantsUpdates: Bool) -> RequestDraft {
        changed { draft in
            (draft.name, draft.email, draft.phone, draft.wantsUpdates) = (name, email, phone, wantsUpdates)
        }
    }

    /// The draft changed, then tidied as a new one is.
    private func changed(_ change: (inout RequestDraft) -> Void) -> RequestDraft {
        var draft = self
        change(&draft)
        return RequestDraft(answers: draft.answers, description: draft.description, address: draft.address, postcode: draft.postcode,
                            latitude: draft.latitude, longitude: draft.longitude, name: draft.name, email: draft.email, phone: draft.phone,
                            wantsUpdates: draft.wantsUpdates)
    }

    public var hasLocation: Bool { !latitude.isEmpty || !longitude.isEmpty || !postcode.isEmpty || !address.isEmpty }

    /// The answers to the form's questions, or every problem with them; each problem is named by
    /// the question's code, or by `location`, `lat`, `long`, `postcode`, `address`, `name`, `email`, `phone`, `description`.
    public func check(against form: FormDefinition) -> (answers: [FormAnswer], errors: FieldErrors) {
        var errors = FieldErrors()
        var answers: [FormAnswer] = []
        for question in form.questions {
            let given = self.answers[question.code] ?? []
            guard !given.isEmpty else {
                if question.required { errors.add(field: question.code, Self.missing(question)) }
                continue
            }
            if let problem = Self.problem(with: given, for: question) { errors.add(field: question.code, problem); continue }
            answers.append(FormAnswer(code: question.code, question: question.question, answer: given.map(question.shown).joined(separator: ", ")))
        }
        errors = checkLocation(form.location, errors)
        if description.count > 5000 { errors.add(field: "description", "A description must be 5,000 characters or fewer") }
        func ask(_ ask: FormAsk, _ value: String, _ field: String, _ message: String) {
            if ask == .required, value.isEmpty { errors.add(field: field, message) }
        }
        ask(form.contact.name, name, "name", "Enter your name")
        ask(form.contact.email, email, "email", "Enter your email address")
        ask(form.contact.phone, phone, "phone", "Enter your phone number")
        if name.count > 200 { errors.add(field: "name", "Your name must be 200 characters or fewer") }
        if !email.isEmpty, !ResidentDraft.looksLikeEmail(email) { errors.add(field: "email", "Enter an email address in the correct format, like name@example.com") }
        if !phone.isEmpty, (ResidentKeys.phone(phone)?.count ?? 0) < 6 || phone.contains(where: \.isLetter) || phone.count > 30 {
            errors.add(field: "phone", "Enter a phone number, like 01632 960 001 or +44 7700 900 982")
        }
        return (answers, errors)
    }

    private func checkLocation(_ ask: FormAsk, _ errors: FieldErrors) -> FieldErrors {
        var errors = errors
        if ask == .required, !hasLocation { errors.add(field: "location", "Enter a postcode or an address, or give the latitude and longitude") }
        if latitude.isEmpty != longitude.isEmpty { errors.add(field: latitude.isEmpty ? "lat" : "long", "Give both the latitude and the longitude") }
        if !latitude.isEmpty, !(Double(latitude).map { (-90...90).contains($0) } ?? false) { errors.add(field: "lat", "Latitude is a number from -90 to 90") }
        if !longitude.isEmpty, !(Double(longitude).map { (-180...180).contains($0) } ?? false) {
            errors.add(field: "long", "Longitude is a number from -180 to 180")
        }
        if !postcode.isEmpty, !ResidentDraft.looksLikePostcode(postcode) { errors.add(field: "postcode", "Enter a real postcode, like WV1 2AB") }
        if address.count > 500 { errors.add(field: "address", "An address must be 500 characters or fewer") }
        return errors
    }

    static func missing(_ question: FormQuestion) -> String {
        switch question.datatype {
        case .singlevaluelist: "Select an answer to “\(question.question)”"
        case .multivaluelist: "Select at least one answer to “\(question.question)”"
        default: "Enter an answer to “\(question.question)”"
        }
    }

    static func problem(with given: [String], for question: FormQuestion) -> String? {
        switch question.datatype {
        case .string:
            return given.count > 1 || given[0].count > 500 ? "The answer to “\(question.question)” must be one line of 500 characters or fewer" : nil
        case .text:
            return given.count > 1 || given[0].count > 5000 ? "The answer to “\(question.question)” must be 5,000 characters or fewer" : nil
        case .number:
            return given.count > 1 || Double(given[0]) == nil || !Double(given[0])!.isFinite ? "The answer to “\(question.question)” must be a number, like 12" : nil
        case .datetime:
            return given.count > 1 || Self.time(given[0]) == nil
                ? "The answer to “\(question.question)” must be a date, like 2026-12-01, or a date and time, like 2026-12-01T09:30" : nil
        case .singlevaluelist, .multivaluelist:
            let keys = Set(question.values.map(\.key))
            if question.datatype == .singlevaluelist, given.count > 1 { return "Select one answer to “\(question.question)”" }
            return given.allSatisfy(keys.contains) ? nil : "Select an answer to “\(question.question)” from the list"
        }
    }

    /// A day, a local date and time, or a full ISO 8601 time.
    static func time(_ text: String) -> Date? {
        if let day = CalendarDay(text) { return day.start }
        let formatter = ISO8601DateFormatter()
        if let time = formatter.date(from: text) { return time }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_GB_POSIX")
        local.timeZone = TimeZone(identifier: "Europe/London")
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            local.dateFormat = format
            if let time = local.date(from: text) { return time }
        }
        return nil
    }
}
