import FluentKit
import Foundation

/// A statement as it stands: each section's key, title, status and content, with the BVPI 157
/// figures filled from the catalogue as at the section's stated date, and the consultations and
/// decisions. The API returns it, and a submission freezes it.
public struct StatementRecord: Codable, Sendable, Equatable {
    public struct Section: Codable, Sendable, Equatable {
        public var key: String
        public var number: Int
        public var title: String
        public var status: String
        public var revision: Int
        public var content: JSONValue?
        public var figures: BVPI157Report?
        public var target: TargetRecord?

        public init(key: String, number: Int, title: String, status: String, revision: Int, content: JSONValue?) {
            self.key = key
            self.number = number
            self.title = title
            self.status = status
            self.revision = revision
            self.content = content
        }

        enum CodingKeys: String, CodingKey { case key, number, title, status, revision, content, figures, target }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(number, forKey: .number)
            try container.encode(title, forKey: .title)
            try container.encode(status, forKey: .status)
            try container.encode(revision, forKey: .revision)
            try container.encode(content, forKey: .content) // null, not absent, before the first save
            try container.encodeIfPresent(figures, forKey: .figures)
            try container.encodeIfPresent(target, forKey: .target)
        }

        /// A field of the section's content, when it is text.
        public func text(_ key: String) -> String? { content?.field(key)?.text }
    }

    /// The organisation's e-enablement target: the percentage to reach and the date to reach it by.
    public struct TargetRecord: Codable, Sendable, Equatable {
        public var percent: Double
        public var by: CalendarDay
    }

    public var id: UUID
    public var organisation: String
    public var organisationName: String
    public var year: Int
    public var proForma: String
    public var status: String
    public var version: Int
    public var deadline: CalendarDay?
    public var sections: [Section]
    public var consultations: [ConsultationRecord]
    public var decisions: [DecisionRecord]

    public static func make(_ statement: Statement, organisation: Organisation, on db: any Database) async throws -> StatementRecord {
        var sections: [Section] = []
        let targets = try await TargetRegister.all(in: try organisation.requireID(), on: db)
        for section in statement.sections {
            guard let definition = statement.proForma.section(section.key) else { continue }
            var record = Section(key: section.key, number: definition.number, title: definition.title, status: section.status.rawValue,
                                 revision: section.revision, content: try section.content.map(JSONValue.parse))
            if definition.kind == .bvpi157, let day = record.text("asAt").flatMap(CalendarDay.init) {
                record.figures = try await BVPI157.report(for: organisation, on: day, on: db)
                record.target = targets.last.map { TargetRecord(percent: $0.percent, by: $0.dueOn) }
            }
            sections.append(record)
        }
        return StatementRecord(
            id: try statement.requireID(), organisation: organisation.slug, organisationName: organisation.name, year: statement.year,
            proForma: statement.proFormaKey, status: statement.isClosed ? "closed" : "draft", version: statement.version,
            deadline: statement.deadlineOn, sections: sections,
            consultations: try await ConsultationRegister.consultations(of: statement, on: db).map(ConsultationRecord.init),
            decisions: try await ConsultationRegister.decisions(of: statement, on: db).map(DecisionRecord.init))
    }

    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }
}

public struct CommentRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var section: String
    public var text: String
    public var author: String
    public var disposition: String?
    public var response: String?
    public var incorporatedIn: Int?

    public init(_ comment: Comment) throws {
        id = try comment.requireID()
        section = comment.section
        text = comment.text
        author = comment.author
        disposition = comment.disposition?.rawValue
        response = comment.response
        incorporatedIn = comment.incorporatedIn
    }
}

public struct ConsultationRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var body: String
    public var bodyName: String
    public var meetingOn: CalendarDay
    /// Each section's revision as the draft was shared.
    public var revisions: [String: Int]
    public var comments: [CommentRecord]

    public init(_ consultation: Consultation) throws {
        id = try consultation.requireID()
        body = consultation.body.slug
        bodyName = consultation.body.name
        meetingOn = consultation.meetingOn
        revisions = consultation.frozenRevisions
        comments = try consultation.comments.sorted { $0.createdAt < $1.createdAt }.map(CommentRecord.init)
    }
}

public struct DecisionRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var body: String
    public var bodyName: String
    public var outcome: String
    public var decidedOn: CalendarDay
    public var minute: String
    public var delegatedTo: String?

    public init(_ decision: Decision) throws {
        id = try decision.requireID()
        body = decision.body.slug
        bodyName = decision.body.name
        outcome = decision.outcome.rawValue
        decidedOn = decision.decidedOn
        minute = decision.minute
        delegatedTo = decision.delegatedTo
    }
}
