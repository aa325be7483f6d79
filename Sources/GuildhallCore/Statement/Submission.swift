import FluentKit
import Foundation

/// A statement as it was sent to central government: its data and rendered document frozen at
/// the moment of submission, with the SHA-256 of the data. The database refuses to change or
/// delete a submission.
public final class Submission: Model, @unchecked Sendable {
    public static let schema = "submissions"

    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Sent by the deadline, before full Council has approved; work continues on a new version.
        case draft
        /// The approved statement; the statement is closed afterwards.
        case final
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "statement_id") public var statement: Statement
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Enum(key: "kind") public var kind: Kind
    @Field(key: "year") public var year: Int
    @Field(key: "version") public var version: Int
    @Field(key: "submitted_at") public var submittedAt: Date
    @Field(key: "submitted_by") public var submittedBy: String
    /// The submission's data as canonical JSON (`SubmissionRecord`): exactly what `sha256` hashes.
    @Field(key: "data") public var data: String
    @Field(key: "sha256") public var sha256: String
    /// The print-ready HTML document, rendered once at submission.
    @Field(key: "html") public var html: String
    /// The overall BVPI 157 percentage submitted, for the national table; nil when nothing was applicable.
    @OptionalField(key: "bvpi157") public var bvpi157: Double?
    /// The verified BVPI 157 percentage submitted beside it; nil when none was counted.
    @OptionalField(key: "bvpi157_verified") public var bvpi157Verified: Double?
    @Children(for: \.$submission) public var reviews: [SubmissionReview]

    public init() {}

    public init(statement: Statement, kind: Kind, record: SubmissionRecord, data: String, sha256: String, html: String) throws {
        self.$statement.id = try statement.requireID()
        self.$organisation.id = statement.$organisation.id
        self.kind = kind
        self.year = statement.year
        self.version = statement.version
        self.submittedAt = record.submittedAt
        self.submittedBy = record.submittedBy
        self.data = data
        self.sha256 = sha256
        self.html = html
        self.bvpi157 = record.statement.sections.compactMap { $0.figures?.overall.percent }.first
        self.bvpi157Verified = record.statement.sections.compactMap { $0.figures?.verified?.percent }.first
    }

    public var record: SubmissionRecord {
        get throws { try SubmissionRecord.decode(data) }
    }
}

extension Submission: Auditable {
    public static let auditEntity = "submission"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["statement": $statement.id.uuidString, "kind": kind.rawValue, "year": String(year), "version": String(version), "sha256": sha256]
    }
}
