import Foundation

/// Building a form a piece at a time on the staff pages: its settings on one page, each
/// question on its own. Every piece is checked with the whole definition when it is saved.
extension FormDraft {
    /// The settings of a form, as typed on the builder's page.
    public struct Settings: Decodable, Sendable, Equatable {
        public var interactionType: String
        public var publishedFrom: String
        public var location: String
        public var contactName: String
        public var contactEmail: String
        public var contactPhone: String

        enum CodingKeys: String, CodingKey {
            case interactionType, publishedFrom, location, contactName, contactEmail, contactPhone
        }

        public init(from decoder: any Decoder) throws {
            let form = try decoder.container(keyedBy: CodingKeys.self)
            interactionType = try form.text(.interactionType)
            publishedFrom = try form.text(.publishedFrom)
            location = try form.text(.location)
            contactName = try form.text(.contactName)
            contactEmail = try form.text(.contactEmail)
            contactPhone = try form.text(.contactPhone)
        }
    }

    /// A new form for a service: its first applicable interaction, asking where and how to reply.
    public static func starting(offering types: [InteractionType]) -> FormDraft {
        FormDraft(interactionType: String((types.first(where: { $0 == .applicationsForServices }) ?? types.first ?? .applicationsForServices).code),
                  location: FormAsk.optional.rawValue, contactName: FormAsk.optional.rawValue, contactEmail: FormAsk.optional.rawValue,
                  contactPhone: FormAsk.optional.rawValue)
    }

    public func with(_ settings: Settings) -> FormDraft {
        FormDraft(interactionType: settings.interactionType, publishedFrom: settings.publishedFrom, location: settings.location,
                  contactName: settings.contactName, contactEmail: settings.contactEmail, contactPhone: settings.contactPhone, questions: questions)
    }

    /// The draft with its publishing day cleared: a draft again, offered to no one.
    public var unpublished: FormDraft {
        var draft = self
        draft.publishedFrom = ""
        return draft
    }
}

extension FormDraft.Question: Decodable {
    enum CodingKeys: String, CodingKey {
        case code, question, hint, datatype, required, values
    }

    /// The values of a list are typed one to a line, as `key = name` or just the name, whose
    /// key is then made from it.
    public init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        let lines = try form.text(.values).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.init(code: try form.text(.code), question: try form.text(.question), hint: try form.text(.hint), datatype: try form.text(.datatype),
                  required: try form.text(.required) == "yes" ? "true" : "false",
                  values: lines.map { line in
                      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                      return parts.count == 2 ? FormValue(key: parts[0], name: parts[1]) : FormValue(key: Slug.make(from: line), name: line)
                  })
    }

    /// The values as they are typed, one `key = name` to a line.
    public var valueLines: String {
        values.map { "\($0.key) = \($0.name)" }.joined(separator: "\n")
    }
}
