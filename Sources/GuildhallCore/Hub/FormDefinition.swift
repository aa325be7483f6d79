import Foundation

/// How much a form asks for something: not at all, if the resident wants to give it, or always.
public enum FormAsk: String, CaseIterable, Codable, Sendable {
    case none, optional, required

    public var isAsked: Bool { self != .none }
}

/// The kind of answer a question takes, named as Open311's service definitions name them.
public enum FormDatatype: String, CaseIterable, Codable, Sendable {
    case string, number, datetime, text, singlevaluelist, multivaluelist

    public var isList: Bool { self == .singlevaluelist || self == .multivaluelist }

    public var label: String {
        switch self {
        case .string: "A short answer"
        case .number: "A number"
        case .datetime: "A date and time"
        case .text: "A longer answer"
        case .singlevaluelist: "One choice from a list"
        case .multivaluelist: "Any choices from a list"
        }
    }
}

/// One of a list question's choices: the key programs send, the name people read.
public struct FormValue: Codable, Equatable, Sendable {
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}

public struct FormQuestion: Codable, Equatable, Sendable {
    public var code: String
    public var question: String
    public var hint: String
    public var datatype: FormDatatype
    public var required: Bool
    public var values: [FormValue]

    public init(code: String, question: String, hint: String = "", datatype: FormDatatype, required: Bool, values: [FormValue] = []) {
        self.code = code
        self.question = question
        self.hint = hint
        self.datatype = datatype
        self.required = required
        self.values = values
    }

    /// The name of a list's choice, or the value itself for any other question.
    public func shown(_ value: String) -> String {
        values.first { $0.key == value }?.name ?? value
    }
}

/// Which contact details a form asks for.
public struct FormContact: Codable, Equatable, Sendable {
    public var name: FormAsk
    public var email: FormAsk
    public var phone: FormAsk

    public init(name: FormAsk = .optional, email: FormAsk = .optional, phone: FormAsk = .optional) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// A service's online form, defined once: it draws the Hub's question pages and is the service's
/// Open311 definition. Questions are in the order they are asked.
public struct FormDefinition: Codable, Equatable, Sendable {
    public var interactionType: InteractionType
    /// The first day it is published; nil while it is a draft.
    public var publishedFrom: CalendarDay?
    public var location: FormAsk
    public var contact: FormContact
    public var questions: [FormQuestion]

    public init(interactionType: InteractionType, publishedFrom: CalendarDay?, location: FormAsk, contact: FormContact, questions: [FormQuestion]) {
        self.interactionType = interactionType
        self.publishedFrom = publishedFrom
        self.location = location
        self.contact = contact
        self.questions = questions
    }

    enum CodingKeys: String, CodingKey {
        case interactionType, publishedFrom, location, contact, questions
    }

    // A draft says so with an explicit null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(interactionType, forKey: .interactionType)
        try container.encode(publishedFrom, forKey: .publishedFrom)
        try container.encode(location, forKey: .location)
        try container.encode(contact, forKey: .contact)
        try container.encode(questions, forKey: .questions)
    }

    public func question(_ code: String) -> FormQuestion? {
        questions.first { $0.code == code }
    }
}
