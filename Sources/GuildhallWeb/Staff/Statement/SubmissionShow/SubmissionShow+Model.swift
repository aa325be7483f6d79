import Foundation
import GuildhallCore
import Vapor

/// A submission's page: what was sent, its frozen documents, every submission of the same
/// statement, and central government's reviews.
enum SubmissionShow {
    struct Model: Equatable {
        struct Sent: Equatable {
            var id: UUID
            var submittedAt: Date
            var kind: Submission.Kind
            var version: Int
            var bvpi157: Double?
            var review: String?
        }

        struct Review: Equatable {
            var reviewedAt: Date
            var outcome: String
            var grant: Int?
            var reasons: String
            var reviewer: String
        }

        struct Table: Equatable {
            var name: String
            var title: String
        }

        var id: UUID
        var statementID: UUID
        var organisation: String
        var year: Int
        var kind: Submission.Kind
        var version: Int
        var submittedAt: Date
        var submittedBy: String
        var sha256: String
        var bvpi157: Double?
        /// The latest review, described, with the grant it released.
        var review: String?
        var tables: [Table]
        var all: [Sent]
        var reviews: [Review]
        var isOwn: Bool
        var canReview: Bool

        var title: String { "\(kind == .final ? "Final" : "Draft") submission of \(organisation)’s \(year) statement" }
    }

    static func query(_ req: Request, submission: Submission) async throws -> Model {
        let staff = try req.staff
        let record = try submission.record
        return Model(
            id: try submission.requireID(), statementID: submission.$statement.id, organisation: submission.organisation.name,
            year: submission.year, kind: submission.kind, version: submission.version, submittedAt: submission.submittedAt,
            submittedBy: submission.submittedBy, sha256: submission.sha256, bvpi157: submission.bvpi157,
            review: submission.latestReview.map { review in
                review.outcome.label + (review.grant.map { ", releasing a grant of \(Format.pounds($0))" } ?? "")
            },
            tables: StatementTables.all(record.statement).map { Model.Table(name: $0.name, title: $0.title) },
            all: try await SubmissionRegister.submissions(of: submission.$statement.id, on: req.db).map { other in
                Model.Sent(id: try other.requireID(), submittedAt: other.submittedAt, kind: other.kind, version: other.version,
                           bvpi157: other.bvpi157, review: other.latestReview?.outcome.label)
            },
            reviews: submission.reviews.sorted { $0.reviewedAt > $1.reviewedAt }.map { review in
                Model.Review(reviewedAt: review.reviewedAt, outcome: review.outcome.label, grant: review.grant,
                             reasons: review.reasons, reviewer: review.reviewer)
            },
            isOwn: submission.$organisation.id == staff.organisationID, canReview: staff.may(.reviewSubmissions))
    }
}
