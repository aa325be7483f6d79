import FluentKit
import Foundation

/// Every organisation's latest submitted BVPI 157 for a year, as central government sees it.
public struct NationalTable: Sendable {
    public struct Row: Sendable {
        public var organisation: String
        public var organisationSlug: String
        public var submissionID: UUID
        public var kind: Submission.Kind
        public var submittedAt: Date
        public var bvpi157: Double?
        public var bvpi157Verified: Double?
        public var review: SubmissionReview.Outcome?
    }

    public enum Order: String, Sendable, CaseIterable {
        case organisation, bvpi157, submitted
    }

    public var year: Int
    public var rows: [Row]
    /// Over the organisations that reported a figure.
    public var distribution: Distribution?

    /// The years for which anything has been submitted, latest first.
    public static func years(on db: any Database) async throws -> [Int] {
        Array(Set(try await Submission.query(on: db).field(\.$year).all().map(\.year))).sorted(by: >)
    }

    public static func make(year: Int, order: Order, descending: Bool, on db: any Database) async throws -> NationalTable {
        // The documents themselves are large and not needed here.
        let submissions = try await Submission.query(on: db).filter(\.$year == year)
            .field(\.$id).field(\.$organisation.$id).field(\.$kind).field(\.$year).field(\.$submittedAt).field(\.$bvpi157).field(\.$bvpi157Verified)
            .sort(\.$submittedAt).all()
        var latest: [UUID: Submission] = [:]
        for submission in submissions { latest[submission.$organisation.id] = submission }
        let organisations = try await Organisation.query(on: db).filter(\.$id ~~ Array(latest.keys)).all()
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, ($0.name, $0.slug)) })
        let reviews = try await SubmissionReview.query(on: db).filter(\.$submission.$id ~~ latest.values.compactMap(\.id))
            .sort(\.$reviewedAt).all()
        var verdicts: [UUID: SubmissionReview.Outcome] = [:]
        for review in reviews { verdicts[review.$submission.id] = review.outcome }

        var rows = try latest.map { organisationID, submission in
            Row(organisation: names[organisationID]?.0 ?? "", organisationSlug: names[organisationID]?.1 ?? "",
                submissionID: try submission.requireID(), kind: submission.kind, submittedAt: submission.submittedAt,
                bvpi157: submission.bvpi157, bvpi157Verified: submission.bvpi157Verified, review: verdicts[try submission.requireID()])
        }
        rows.sort { a, b in
            let byName = (a.organisation.lowercased(), a.organisationSlug) < (b.organisation.lowercased(), b.organisationSlug)
            switch order {
            case .organisation: return descending ? !byName : byName
            case .submitted: return a.submittedAt == b.submittedAt ? byName : (descending ? a.submittedAt > b.submittedAt : a.submittedAt < b.submittedAt)
            case .bvpi157:
                // Organisations without a figure come last either way.
                switch (a.bvpi157, b.bvpi157) {
                case let (x?, y?): return x == y ? byName : (descending ? x > y : x < y)
                case (nil, nil): return byName
                case (nil, _): return false
                case (_, nil): return true
                }
            }
        }
        return NationalTable(year: year, rows: rows, distribution: Distribution(rows.compactMap(\.bvpi157)))
    }
}
