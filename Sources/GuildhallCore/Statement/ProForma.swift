import Foundation

/// A statement's fixed pro forma, as central government issued it for one round. Defined in code
/// and versioned by round: councils fill it in but cannot change it.
public struct ProForma: Sendable {
    public var key: String
    public var year: Int
    public var title: String
    public var sections: [SectionDefinition]

    public func section(_ key: String) -> SectionDefinition? {
        sections.first { $0.key == key }
    }

    public static let all: [ProForma] = [.ieg3]

    public static func named(_ key: String) -> ProForma? {
        all.first { $0.key == key }
    }
}

/// One section of a pro forma: what it asks for, and the kind of content that answers it.
public struct SectionDefinition: Sendable {
    public var key: String
    public var number: Int
    public var title: String
    public var guidance: String
    public var kind: SectionKind
}

public enum SectionKind: Sendable, Equatable {
    /// Free text, with a word limit when the pro forma sets one.
    case narrative(maximumWords: Int?)
    case eOrganisation
    /// Figures filled from the catalogue as at a stated date; only the commentary is written.
    case bvpi157
    case priorityOutcomes
    case takeUp
    case risks
    case resources
    case contact
}

extension ProForma {
    /// The 2003 round of the Implementing Electronic Government statement.
    public static let ieg3 = ProForma(key: "ieg3", year: 2003, title: "Implementing Electronic Government Statement 2003", sections: [
        SectionDefinition(key: "priority-services", number: 1, title: "Priority services",
                          guidance: "How e-government improves services against the seven shared priorities of local government and any local priorities. At most 1,000 words.",
                          kind: .narrative(maximumWords: 1000)),
        SectionDefinition(key: "e-organisation", number: 2, title: "e-Organisation self-assessment",
                          guidance: "A red, amber or green rating and commentary for each of the six building blocks.",
                          kind: .eOrganisation),
        SectionDefinition(key: "bvpi157", number: 3, title: "BVPI 157",
                          guidance: "Filled from the service catalogue as at the stated date, overall and by interaction type, with the target and its date. Only the commentary is written here.",
                          kind: .bvpi157),
        SectionDefinition(key: "priority-outcomes", number: 4, title: "Priority service outcomes",
                          guidance: "Each outcome's code, title and status at its key date.",
                          kind: .priorityOutcomes),
        SectionDefinition(key: "take-up", number: 5, title: "Take-up by channel",
                          guidance: "The volume of use of each channel over a period.",
                          kind: .takeUp),
        SectionDefinition(key: "partnership", number: 6, title: "Partnership working",
                          guidance: "How the council works with its partners to deliver e-government.",
                          kind: .narrative(maximumWords: nil)),
        SectionDefinition(key: "risks", number: 7, title: "Risks",
                          guidance: "The register of risks to the programme, each with likelihood, impact, mitigation and owner.",
                          kind: .risks),
        SectionDefinition(key: "resources", number: 8, title: "Resources and expenditure",
                          guidance: "Capital and revenue spending by financial year, in pounds, including the grant received.",
                          kind: .resources),
        SectionDefinition(key: "contact", number: 9, title: "Contact",
                          guidance: "The statement's contact officer.",
                          kind: .contact),
    ])
}
