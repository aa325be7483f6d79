import Fluent
import Foundation
import GuildhallCore

/// Submits a statement with its print-ready document rendered from the frozen record.
enum StatementSubmission {
    static func submit(_ statement: Statement, as kind: Submission.Kind, staff: StaffMember, at now: Date, on db: any Database) async throws -> Submission {
        try await SubmissionRegister.submit(statement, as: kind, organisation: staff.organisation, by: staff.actor, at: now, on: db, render: render)
    }

    static func render(_ record: SubmissionRecord, sha256: String) -> String {
        StatementPrintView.html(record.statement, submission: (Submission.Kind(rawValue: record.kind) ?? .draft, record.submittedAt, record.submittedBy, sha256))
    }
}
