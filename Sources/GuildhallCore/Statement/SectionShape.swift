/// How a section's content is laid out: named fields, or a table of rows. Forms, pages, the
/// print document and the CSV downloads are all drawn from this, so they always agree with the
/// validator about what a section holds.
public enum SectionShape: Sendable {
    case fields([ContentField])
    /// Rows under `list`. When the pro forma fixes the rows (the six building blocks), `fixed`
    /// names the column that identifies each and its values in order.
    case table(list: String, columns: [ContentField], fixed: (column: String, values: [ContentField.Choice])?)
}

/// One field of a section's content.
public struct ContentField: Sendable {
    public struct Choice: Sendable, Equatable {
        public var value: String
        public var label: String
    }

    public enum Input: Sendable, Equatable {
        case text
        case paragraphs
        case date
        /// Two dates, `YYYY-MM-DD/YYYY-MM-DD`.
        case period
        case wholeNumber
        case pounds
        case email
        case telephone
        case choice([Choice])

        public var isNumber: Bool { self == .wholeNumber || self == .pounds }
    }

    public var key: String
    public var label: String
    public var input: Input
    public var hint: String?

    init(_ key: String, _ label: String, _ input: Input, hint: String? = nil) {
        self.key = key
        self.label = label
        self.input = input
        self.hint = hint
    }

    /// The label of a choice's value, or the value itself.
    public func display(_ value: String) -> String {
        if case .choice(let choices) = input { return choices.first { $0.value == value }?.label ?? value }
        return value
    }
}

extension ContentField.Choice {
    /// Every value of an enumeration, labelled like "On track" for `on-track`.
    static func all<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> [Self] where T.RawValue == String {
        type.allCases.map { Self(value: $0.rawValue, label: ($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst()).replacingOccurrences(of: "-", with: " ")) }
    }

    static let buildingBlocks = BuildingBlock.allCases.map { Self(value: $0.rawValue, label: $0.label) }
}

extension SectionKind {
    public var shape: SectionShape {
        switch self {
        case .narrative(let maximumWords):
            .fields([ContentField("text", "Text", .paragraphs, hint: maximumWords.map { "At most \($0.formatted(.number.locale(.init(identifier: "en_GB")))) words. Leave a blank line between paragraphs." })])
        case .eOrganisation:
            .table(list: "blocks", columns: [
                ContentField("block", "Building block", .choice(ContentField.Choice.buildingBlocks)),
                ContentField("rating", "Rating", .choice(ContentField.Choice.all(Rating.self))),
                ContentField("commentary", "Commentary", .paragraphs),
            ], fixed: ("block", ContentField.Choice.buildingBlocks))
        case .bvpi157:
            .fields([
                ContentField("asAt", "Figures as at", .date, hint: "The figures are taken from the catalogue as it stood on this day, for example 2003-09-30"),
                ContentField("commentary", "Commentary", .paragraphs),
            ])
        case .priorityOutcomes:
            .table(list: "outcomes", columns: [
                ContentField("code", "Code", .text, hint: "For example R8"),
                ContentField("title", "Title", .text),
                ContentField("keyDate", "Key date", .date, hint: "For example 2004-12-31"),
                ContentField("status", "Status", .choice(ContentField.Choice.all(OutcomeStatus.self))),
            ], fixed: nil)
        case .takeUp:
            .table(list: "rows", columns: [
                ContentField("channel", "Channel", .text, hint: "For example web, telephone or face to face"),
                ContentField("period", "Period", .period, hint: "First and last day, for example 2003-04-01/2003-09-30"),
                ContentField("volume", "Volume", .wholeNumber),
            ], fixed: nil)
        case .risks:
            .table(list: "risks", columns: [
                ContentField("risk", "Risk", .paragraphs),
                ContentField("likelihood", "Likelihood", .choice(ContentField.Choice.all(Level.self))),
                ContentField("impact", "Impact", .choice(ContentField.Choice.all(Level.self))),
                ContentField("mitigation", "Mitigation", .paragraphs),
                ContentField("owner", "Owner", .text),
            ], fixed: nil)
        case .resources:
            .table(list: "rows", columns: [
                ContentField("year", "Financial year", .text, hint: "For example 2003/04"),
                ContentField("capital", "Capital (£)", .pounds),
                ContentField("revenue", "Revenue (£)", .pounds),
                ContentField("grant", "Grant received (£)", .pounds),
            ], fixed: nil)
        case .contact:
            .fields([
                ContentField("name", "Name", .text),
                ContentField("email", "Email address", .email),
                ContentField("telephone", "Telephone", .telephone),
            ])
        }
    }
}
