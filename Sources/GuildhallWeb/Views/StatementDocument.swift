import Fluent
import Foundation
import GuildhallCore
import Vapor

/// A statement as the API gives it: each section's key, title, status and content, with the
/// BVPI 157 figures filled from the catalogue as at the section's stated date.
struct StatementDocument: Content {
    struct Section: Codable {
        var key: String
        var number: Int
        var title: String
        var status: String
        var revision: Int
        var content: JSONValue?
        var figures: BVPI157Report?

        enum CodingKeys: String, CodingKey { case key, number, title, status, revision, content, figures }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(number, forKey: .number)
            try container.encode(title, forKey: .title)
            try container.encode(status, forKey: .status)
            try container.encode(revision, forKey: .revision)
            try container.encode(content, forKey: .content) // null, not absent, before the first save
            try container.encodeIfPresent(figures, forKey: .figures)
        }
    }

    var id: UUID
    var organisation: String
    var year: Int
    var proForma: String
    var status: String
    var version: Int
    var deadline: CalendarDay?
    var sections: [Section]
    var consultations: [ConsultationDocument]
    var decisions: [DecisionDocument]

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func make(_ statement: Statement, organisation: Organisation, on db: any Database) async throws -> StatementDocument {
        var sections: [Section] = []
        for section in statement.sections {
            guard let definition = statement.proForma.section(section.key) else { continue }
            let content = try section.content.map(JSONValue.parse)
            var figures: BVPI157Report?
            if definition.kind == .bvpi157, case .object(let fields) = content, case .string(let asAt) = fields["asAt"], let day = CalendarDay(asAt) {
                figures = try await BVPI157.report(for: organisation, on: day, on: db)
            }
            sections.append(Section(key: section.key, number: definition.number, title: definition.title, status: section.status.rawValue,
                                    revision: section.revision, content: content, figures: figures))
        }
        return StatementDocument(
            id: try statement.requireID(), organisation: organisation.slug, year: statement.year, proForma: statement.proFormaKey,
            status: statement.isClosed ? "closed" : "draft", version: statement.version, deadline: statement.deadlineOn,
            sections: sections,
            consultations: try await Consultations.consultations(of: statement, on: db).map(ConsultationDocument.init),
            decisions: try await Consultations.decisions(of: statement, on: db).map(DecisionDocument.init))
    }
}

struct CommentDocument: Content {
    var id: UUID
    var section: String
    var text: String
    var author: String
    var disposition: String?
    var response: String?
    var incorporatedIn: Int?

    init(_ comment: Comment) throws {
        id = try comment.requireID()
        section = comment.section
        text = comment.text
        author = comment.author
        disposition = comment.disposition?.rawValue
        response = comment.response
        incorporatedIn = comment.incorporatedIn
    }
}

struct ConsultationDocument: Content {
    var id: UUID
    var body: String
    var meetingOn: CalendarDay
    /// Each section's revision as the draft was shared.
    var revisions: [String: Int]
    var comments: [CommentDocument]

    init(_ consultation: Consultation) throws {
        id = try consultation.requireID()
        body = consultation.body.slug
        meetingOn = consultation.meetingOn
        revisions = consultation.frozenRevisions
        comments = try consultation.comments.sorted { $0.createdAt < $1.createdAt }.map(CommentDocument.init)
    }
}

struct DecisionDocument: Content {
    var id: UUID
    var body: String
    var outcome: String
    var decidedOn: CalendarDay
    var minute: String
    var delegatedTo: String?

    init(_ decision: Decision) throws {
        id = try decision.requireID()
        body = decision.body.slug
        outcome = decision.outcome.rawValue
        decidedOn = decision.decidedOn
        minute = decision.minute
        delegatedTo = decision.delegatedTo
    }
}
