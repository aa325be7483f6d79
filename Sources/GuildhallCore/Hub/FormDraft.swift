import Foundation

/// A form's definition as it was sent or typed, every part as text, before it is checked.
public struct FormDraft: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public var code: String
        public var question: String
        public var hint: String
        public var datatype: String
        public var required: String
        public var values: [FormValue]

        public init(code: String, question: String, hint: String = "", datatype: String, required: String, values: [FormValue] = []) {
            self.code = code.trimmingCharacters(in: .whitespacesAndNewlines)
            self.question = question.trimmingCharacters(in: .whitespacesAndNewlines)
            self.hint = hint.trimmingCharacters(in: .whitespacesAndNewlines)
            self.datatype = datatype.trimmingCharacters(in: .whitespacesAndNewlines)
            self.required = required.trimmingCharacters(in: .whitespacesAndNewlines)
            self.values = values.map { FormValue(key: $0.key.trimmingCharacters(in: .whitespaces), name: $0.name.trimmingCharacters(in: .whitespaces)) }
        }

        public init(_ question: FormQuestion) {
            self.init(code: question.code, question: question.question, hint: question.hint, datatype: question.datatype.rawValue,
                      required: String(question.required), values: question.values)
        }
    }

    public var interactionType: String
    public var publishedFrom: String
    public var location: String
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var questions: [Question]

    public init(interactionType: String, publishedFrom: String = "", location: String = "", contactName: String = "", contactEmail: String = "",
                contactPhone: String = "", questions: [Question] = []) {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.interactionType = trimmed(interactionType)
        self.publishedFrom = trimmed(publishedFrom)
        self.location = trimmed(location)
        self.contactName = trimmed(contactName)
        self.contactEmail = trimmed(contactEmail)
        self.contactPhone = trimmed(contactPhone)
        self.questions = questions
    }

    public init(_ definition: FormDefinition) {
        self.init(interactionType: String(definition.interactionType.code), publishedFrom: definition.publishedFrom?.description ?? "",
                  location: definition.location.rawValue, contactName: definition.contact.name.rawValue,
                  contactEmail: definition.contact.email.rawValue, contactPhone: definition.contact.phone.rawValue,
                  questions: definition.questions.map(Question.init))
    }

    /// The API's JSON shape: `interactionType`, `publishedFrom`, `location`, `contact` and `questions`.
    public init(json: JSONValue) {
        func text(_ value: JSONValue?) -> String {
            switch value {
            case .bool(let flag): String(flag)
            case .number(let number): value?.text ?? String(number)
            default: value?.text ?? ""
            }
        }
        let contact = json.field("contact")
        self.init(interactionType: text(json.field("interactionType")), publishedFrom: text(json.field("publishedFrom")),
                  location: text(json.field("location")), contactName: text(contact?.field("name")), contactEmail: text(contact?.field("email")),
                  contactPhone: text(contact?.field("phone")),
                  questions: (json.field("questions")?.items ?? []).map { item in
                      Question(code: text(item.field("code")), question: text(item.field("question")), hint: text(item.field("hint")),
                               datatype: text(item.field("datatype")), required: text(item.field("required")),
                               values: (item.field("values")?.items ?? []).map { FormValue(key: text($0.field("key")), name: text($0.field("name"))) })
                  })
    }

    public static let questionLimit = 50

    /// The definition, or every problem with it. `types` are the interaction types the service offers.
    public func check(offering types: Set<InteractionType>) throws -> FormDefinition {
        var errors = FieldErrors()
        let type = InteractionType(parsing: interactionType)
        if type == nil { errors.add(field: "interactionType", "Choose an interaction type from 1 to 10") }
        else if !types.contains(type!) { errors.add(field: "interactionType", "The service has no applicable interaction of type \(type!.code) (\(type!.label))") }
        let published = publishedFrom.isEmpty || publishedFrom == "null" ? nil : CalendarDay(publishedFrom)
        if !publishedFrom.isEmpty, publishedFrom != "null", published == nil {
            errors.add(field: "publishedFrom", "Enter the day it is published from as YYYY-MM-DD, or leave it out for a draft")
        }
        func ask(_ text: String, _ field: String, default fallback: FormAsk) -> FormAsk {
            guard !text.isEmpty else { return fallback }
            guard let ask = FormAsk(rawValue: text) else {
                errors.add(field: field, "Choose none, optional or required")
                return fallback
            }
            return ask
        }
        let location = ask(location, "location", default: .none)
        let contact = FormContact(name: ask(contactName, "contact.name", default: .optional), email: ask(contactEmail, "contact.email", default: .optional),
                                  phone: ask(contactPhone, "contact.phone", default: .optional))
        if questions.count > Self.questionLimit { errors.add(field: "questions", "A form can ask at most \(Self.questionLimit) questions") }
        var codes = Set<String>()
        var checked: [FormQuestion] = []
        for (index, question) in questions.enumerated() {
            let field = "questions[\(index)]"
            if question.code.isEmpty { errors.add(field: "\(field).code", "Give the question a code, like depth") }
            else if !Self.isCode(question.code) {
                errors.add(field: "\(field).code", "A code is up to 50 lower-case letters, digits, hyphens and underscores, like depth")
            } else if !codes.insert(question.code).inserted {
                errors.add(field: "\(field).code", "Two questions have the code \(question.code): give each its own")
            }
            if question.question.isEmpty { errors.add(field: "\(field).question", "Enter the question to ask") }
            else if question.question.count > 500 { errors.add(field: "\(field).question", "A question must be 500 characters or fewer") }
            if question.hint.count > 1000 { errors.add(field: "\(field).hint", "A hint must be 1,000 characters or fewer") }
            let datatype = FormDatatype(rawValue: question.datatype)
            if datatype == nil { errors.add(field: "\(field).datatype", "Choose a datatype: " + FormDatatype.allCases.map(\.rawValue).joined(separator: ", ")) }
            let required: Bool? = switch question.required.lowercased() {
            case "true", "yes", "on": true
            case "false", "no", "": false
            default: nil
            }
            if required == nil { errors.add(field: "\(field).required", "Say whether an answer is required: true or false") }
            if let datatype {
                if datatype.isList, question.values.isEmpty { errors.add(field: "\(field).values", "A list needs at least one value to choose") }
                if !datatype.isList, !question.values.isEmpty { errors.add(field: "\(field).values", "Only a list question has values") }
            }
            var keys = Set<String>()
            for value in question.values {
                if value.key.isEmpty || value.name.isEmpty { errors.add(field: "\(field).values", "Every value needs a key and a name"); break }
                if value.key.count > 100 || value.name.count > 200 { errors.add(field: "\(field).values", "A key is 100 characters or fewer and a name 200"); break }
                if !keys.insert(value.key).inserted { errors.add(field: "\(field).values", "Two values have the key \(value.key)"); break }
            }
            if let datatype, let required {
                checked.append(FormQuestion(code: question.code, question: question.question, hint: question.hint, datatype: datatype,
                                            required: required, values: question.values))
            }
        }
        try errors.check()
        return FormDefinition(interactionType: type!, publishedFrom: published, location: location, contact: contact, questions: checked)
    }

    static func isCode(_ text: String) -> Bool {
        text.count <= 50 && text.first.map { $0.isASCII && $0.isLetter } == true
            && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == "-") }
    }
}
