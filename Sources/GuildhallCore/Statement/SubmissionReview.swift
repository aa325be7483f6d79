import FluentKit
import Foundation

/// A central reviewer's verdict on a submission: satisfactory, releasing a grant, or in need of
/// resubmission, with the reasons. The latest review of a submission is the one that stands.
public final class SubmissionReview: Model, @unchecked Sendable {
    public static let schema = "submission_reviews"

    public enum Outcome: String, Codable, Sendable, CaseIterable {
        case satisfactory
        case resubmit

        public var label: String {
            switch self {
            case .satisfactory: "Satisfactory"
            case .resubmit: "Resubmission needed"
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "submission_id") public var submission: Submission
    /// The organisation that made the submission.
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Enum(key: "outcome") public var outcome: Outcome
    @Field(key: "reasons") public var reasons: String
    /// The grant released, in pounds, when satisfactory.
    @OptionalField(key: "grant") public var grant: Int?
    @Field(key: "reviewer") public var reviewer: String
    @Field(key: "reviewed_at") public var reviewedAt: Date

    public init() {}

    public init(submission: Submission, outcome: Outcome, reasons: String, grant: Int?, by actor: Actor, at time: Date) throws {
        self.$submission.id = try submission.requireID()
        self.$organisation.id = submission.$organisation.id
        self.outcome = outcome
        self.reasons = reasons
        self.grant = grant
        self.reviewer = actor.name
        self.reviewedAt = time
    }
}

extension SubmissionReview: Auditable {
    public static let auditEntity = "submission-review"
    public var auditOrganisationID: UUID? { $organisation.id }
    public var auditFields: [String: String] {
        ["submission": $submission.id.uuidString, "outcome": outcome.rawValue, "reasons": reasons, "grant": grant.map(String.init) ?? ""]
    }
}
