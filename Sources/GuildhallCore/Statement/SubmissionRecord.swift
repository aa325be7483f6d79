import Foundation

/// What a submission freezes: the statement as it stood, with when, by whom and as what kind it
/// was submitted. Its canonical JSON is the submission's data, and what the SHA-256 is taken of.
public struct SubmissionRecord: Codable, Sendable, Equatable {
    public var kind: String
    public var version: Int
    public var submittedAt: Date
    public var submittedBy: String
    public var statement: StatementRecord

    public static func decode(_ json: String) throws -> SubmissionRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(SubmissionRecord.self, from: Data(json.utf8))
    }
}

/// Something that must be done before a statement can be submitted.
public struct OutstandingItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case section, comment, decision }

    public var type: Kind
    /// The section's key, the comment's id or the decision body's slug.
    public var reference: String
    public var description: String
}

/// The statement cannot be submitted until the outstanding items are done.
public struct SubmissionRefused: Error, Sendable, CustomStringConvertible {
    public var outstanding: [OutstandingItem]

    public var description: String {
        "The statement cannot be submitted yet: " + outstanding.map(\.description).joined(separator: "; ")
    }
}

/// Someone else submitted this version of the statement a moment earlier.
public struct SubmissionConflict: Error, Sendable, CustomStringConvertible {
    public var version: Int

    public var description: String {
        "Version \(version) of the statement has just been submitted by someone else. Reload the statement to see it."
    }
}
