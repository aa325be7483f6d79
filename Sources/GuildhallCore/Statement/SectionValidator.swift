import Foundation

/// Problems with a section's content, each saying where it is and what to fix.
public struct SectionProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var messages: [String]

    public var description: String { messages.joined(separator: "; ") }
}

/// Checks a section's content against its kind and returns it in canonical form (JSON with
/// sorted keys), which is what is stored, compared between revisions and submitted.
public enum SectionValidator {
    public static func validate(_ kind: SectionKind, json data: Data) -> Result<String, SectionProblems> {
        do {
            switch kind {
            case .narrative(let maximumWords):
                let content = try decode(SectionContent.Narrative.self, data)
                return finish(content, problems: narrative(content.text, maximumWords: maximumWords))
            case .eOrganisation:
                let content = try decode(SectionContent.EOrganisation.self, data)
                return finish(content, problems: eOrganisation(content))
            case .bvpi157:
                let content = try decode(SectionContent.BVPI157.self, data)
                var problems: [String] = []
                if CalendarDay(content.asAt) == nil { problems.append("asAt: enter the date the figures are as at, like 2003-09-30") }
                return finish(content, problems: problems)
            case .priorityOutcomes:
                let content = try decode(SectionContent.PriorityOutcomes.self, data)
                return finish(content, problems: outcomes(content))
            case .takeUp:
                let content = try decode(SectionContent.TakeUp.self, data)
                return finish(content, problems: takeUp(content))
            case .risks:
                let content = try decode(SectionContent.Risks.self, data)
                return finish(content, problems: risks(content))
            case .resources:
                let content = try decode(SectionContent.Resources.self, data)
                return finish(content, problems: resources(content))
            case .contact:
                let content = try decode(SectionContent.Contact.self, data)
                return finish(content, problems: contact(content))
            }
        } catch let problems as SectionProblems {
            return .failure(problems)
        } catch {
            return .failure(SectionProblems(messages: ["The content is not valid JSON"]))
        }
    }

    public static func wordCount(_ text: String) -> Int {
        text.split { $0.isWhitespace }.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw SectionProblems(messages: ["\(path(context.codingPath + [key])): is missing"])
        } catch let DecodingError.typeMismatch(expected, context) {
            throw SectionProblems(messages: ["\(path(context.codingPath)): must be \(describe(expected))"])
        } catch let DecodingError.valueNotFound(expected, context) {
            throw SectionProblems(messages: ["\(path(context.codingPath)): must be \(describe(expected)), not null"])
        } catch {
            throw SectionProblems(messages: ["The content is not valid JSON"])
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            key.intValue.map { path + "[\($0)]" } ?? (path.isEmpty ? key.stringValue : path + "." + key.stringValue)
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        default: type is [Any].Type ? "a list" : "an object"
        }
    }

    private static func finish<T: Encodable>(_ content: T, problems: [String]) -> Result<String, SectionProblems> {
        guard problems.isEmpty else { return .failure(SectionProblems(messages: problems)) }
        return .success(String(decoding: (try? CanonicalJSON.encode(content)) ?? Data(), as: UTF8.self))
    }

    private static func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    private static func narrative(_ text: String, maximumWords: Int?) -> [String] {
        if blank(text) { return ["text: write the section"] }
        let words = wordCount(text)
        if let maximumWords, words > maximumWords {
            return ["text: this section is limited to \(maximumWords.formatted(.number.locale(Locale(identifier: "en_GB")))) words and has \(words.formatted(.number.locale(Locale(identifier: "en_GB")))): remove \(words - maximumWords)"]
        }
        return []
    }

    private static func eOrganisation(_ content: SectionContent.EOrganisation) -> [String] {
        var problems: [String] = []
        for (index, block) in content.blocks.enumerated() {
            if BuildingBlock(rawValue: block.block) == nil {
                problems.append("blocks[\(index)].block: “\(block.block)” is not a building block: use \(BuildingBlock.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if Rating(rawValue: block.rating) == nil { problems.append("blocks[\(index)].rating: use red, amber or green") }
        }
        let named = content.blocks.map(\.block)
        for block in BuildingBlock.allCases where !named.contains(block.rawValue) {
            problems.append("blocks: rate the \(block.rawValue) building block")
        }
        for block in Set(named) where named.filter({ $0 == block }).count > 1 {
            problems.append("blocks: \(block) is rated more than once")
        }
        return problems
    }

    private static func outcomes(_ content: SectionContent.PriorityOutcomes) -> [String] {
        var problems: [String] = []
        for (index, outcome) in content.outcomes.enumerated() {
            let at = "outcomes[\(index)]"
            if blank(outcome.code) { problems.append("\(at).code: enter the outcome's code, like R8") }
            if blank(outcome.title) { problems.append("\(at).title: enter the outcome's title") }
            if CalendarDay(outcome.keyDate) == nil { problems.append("\(at).keyDate: enter a real date as YYYY-MM-DD") }
            if OutcomeStatus(rawValue: outcome.status) == nil { problems.append("\(at).status: use achieved, on-track, at-risk or not-started") }
        }
        return problems
    }

    private static func takeUp(_ content: SectionContent.TakeUp) -> [String] {
        var problems: [String] = []
        for (index, row) in content.rows.enumerated() {
            let at = "rows[\(index)]"
            if blank(row.channel) { problems.append("\(at).channel: name the channel, like web") }
            let ends = row.period.split(separator: "/").map(String.init)
            if ends.count != 2 || ends.contains(where: { CalendarDay($0) == nil }) {
                problems.append("\(at).period: enter two dates as YYYY-MM-DD/YYYY-MM-DD, like 2003-04-01/2003-09-30")
            } else if CalendarDay(ends[0])! > CalendarDay(ends[1])! {
                problems.append("\(at).period: the period must start on or before it ends")
            }
            if row.volume < 0 { problems.append("\(at).volume: must not be negative") }
        }
        return problems
    }

    private static func risks(_ content: SectionContent.Risks) -> [String] {
        var problems: [String] = []
        for (index, risk) in content.risks.enumerated() {
            let at = "risks[\(index)]"
            if blank(risk.risk) { problems.append("\(at).risk: describe the risk") }
            if Level(rawValue: risk.likelihood) == nil { problems.append("\(at).likelihood: use low, medium or high") }
            if Level(rawValue: risk.impact) == nil { problems.append("\(at).impact: use low, medium or high") }
            if blank(risk.mitigation) { problems.append("\(at).mitigation: say how the risk is reduced") }
            if blank(risk.owner) { problems.append("\(at).owner: name who manages the risk") }
        }
        return problems
    }

    private static func resources(_ content: SectionContent.Resources) -> [String] {
        var problems: [String] = []
        for (index, row) in content.rows.enumerated() {
            let at = "rows[\(index)]"
            if !financialYearIsValid(row.year) { problems.append("\(at).year: enter a financial year like 2003/04") }
            for (name, value) in [("capital", row.capital), ("revenue", row.revenue), ("grant", row.grant)] where value < 0 {
                problems.append("\(at).\(name): must not be negative")
            }
        }
        return problems
    }

    static func financialYearIsValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/").map(String.init)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return false }
        return (start + 1) % 100 == end
    }

    private static func contact(_ content: SectionContent.Contact) -> [String] {
        var problems: [String] = []
        if blank(content.name) { problems.append("name: enter the contact officer's name") }
        if content.email.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) == nil {
            problems.append("email: enter an email address like name@example.gov.uk")
        }
        if content.telephone.filter(\.isNumber).count < 10 { problems.append("telephone: enter a telephone number with its area code") }
        return problems
    }
}
