import Crypto
import FluentKit
import Foundation

/// Submitting a statement to central government, and what central government makes of it.
public enum SubmissionRegister {
    /// Draws the print-ready document of a submission from its record and SHA-256.
    public typealias Renderer = @Sendable (SubmissionRecord, _ sha256: String) throws -> String

    /// What stands between the statement and a submission of this kind: for a draft, every
    /// section complete; for the final statement, also every comment answered and approval by
    /// the last body in the decision chain.
    public static func outstanding(_ statement: Statement, for kind: Submission.Kind, on db: any Database) async throws -> [OutstandingItem] {
        var items: [OutstandingItem] = []
        for section in statement.sections where section.status != .complete {
            guard let definition = statement.proForma.section(section.key) else { continue }
            items.append(OutstandingItem(type: .section, reference: section.key,
                                         description: "Section \(definition.number), \(definition.title), is not complete"))
        }
        guard kind == .final else { return items }
        for consultation in try await ConsultationRegister.consultations(of: statement, on: db) {
            for comment in consultation.comments.sorted(by: { $0.createdAt < $1.createdAt }) where comment.disposition == nil {
                let title = statement.proForma.section(comment.section)?.title ?? comment.section
                let excerpt = comment.text.count > 60 ? comment.text.prefix(57).trimmingCharacters(in: .whitespaces) + "…" : comment.text
                items.append(OutstandingItem(
                    type: .comment, reference: try comment.requireID().uuidString,
                    description: "A comment on \(title) from the \(consultation.body.name) meeting of \(consultation.meetingOn.longDescription) has no disposition: “\(excerpt)”"))
            }
        }
        if let last = try await ConsultationRegister.bodies(.decision, of: statement.$organisation.id, on: db).last {
            let latest = try await ConsultationRegister.decisions(of: statement, on: db).last { $0.$body.id == last.id }
            if latest?.outcome.isApproval != true {
                let was = latest.map { " (its latest decision, on \($0.decidedOn.longDescription), was \($0.outcome.label.lowercased()))" } ?? ""
                items.append(OutstandingItem(type: .decision, reference: last.slug, description: "\(last.name) has not approved the statement\(was)"))
            }
        }
        return items
    }

    /// Freezes the statement as it stands into a submission. `render` draws the print-ready
    /// document from the record. A draft moves work on to a new version; the final submission
    /// closes the statement.
    public static func submit(
        _ statement: Statement, as kind: Submission.Kind, organisation: Organisation, by actor: Actor, at now: Date, on db: any Database,
        render: Renderer
    ) async throws -> Submission {
        guard !statement.isClosed else { throw StatementClosed() }
        let outstanding = try await outstanding(statement, for: kind, on: db)
        guard outstanding.isEmpty else { throw SubmissionRefused(outstanding: outstanding) }
        let record = SubmissionRecord(
            kind: kind.rawValue, version: statement.version, submittedAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)),
            submittedBy: actor.name, statement: try await StatementRecord.make(statement, organisation: organisation, on: db))
        let data = try CanonicalJSON.encode(record)
        let sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let submission = try Submission(statement: statement, kind: kind, record: record, data: String(decoding: data, as: UTF8.self),
                                        sha256: sha256, html: try render(record, sha256))
        do {
            try await db.transaction { db in
                try await submission.createAudited(by: actor, at: now, on: db)
                try await statement.updateAudited(by: actor, at: now, on: db) {
                    switch kind {
                    case .draft: $0.version += 1
                    case .final: $0.isClosed = true
                    }
                }
            }
        } catch {
            // The database allows one submission per version, so a racing second one lands here.
            let submitted = try await Submission.query(on: db).filter(\.$statement.$id == statement.requireID())
                .filter(\.$version == record.version).count()
            if submitted > 0 { throw SubmissionConflict(version: record.version) }
            throw error
        }
        return submission
    }

    /// A statement's submissions, oldest first, without their documents.
    public static func submissions(of statementID: UUID, on db: any Database) async throws -> [Submission] {
        try await Submission.query(on: db).filter(\.$statement.$id == statementID)
            .field(\.$id).field(\.$statement.$id).field(\.$organisation.$id).field(\.$kind).field(\.$year).field(\.$version)
            .field(\.$submittedAt).field(\.$submittedBy).field(\.$bvpi157)
            .with(\.$reviews).sort(\.$submittedAt).all()
    }

    /// A submission the viewer may see: their own organisation's, or any when `organisationID` is
    /// nil (central reviewers).
    public static func find(_ id: UUID, visibleTo organisationID: UUID?, on db: any Database) async throws -> Submission? {
        let query = Submission.query(on: db).filter(\.$id == id).with(\.$organisation).with(\.$reviews)
        if let organisationID { query.filter(\.$organisation.$id == organisationID) }
        return try await query.first()
    }

    /// Records a central reviewer's verdict: satisfactory with the grant it releases, or in need
    /// of resubmission with the reasons.
    public static func review(
        _ submission: Submission, outcome raw: String, reasons rawReasons: String, grant rawGrant: String,
        by actor: Actor, at now: Date, on db: any Database
    ) async throws -> SubmissionReview {
        var errors = FieldErrors()
        let outcome = SubmissionReview.Outcome(rawValue: raw)
        if outcome == nil { errors.add(field: "outcome", "Choose satisfactory or resubmit") }
        let reasons = rawReasons.trimmingCharacters(in: .whitespacesAndNewlines)
        if outcome == .resubmit && reasons.isEmpty { errors.add(field: "reasons", "Give the reasons the statement must be resubmitted") }
        var grant: Int?
        if outcome == .satisfactory {
            let digits = rawGrant.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
            grant = Int(digits)
            if grant == nil || grant! < 0 { errors.add(field: "grant", "Enter the grant released in whole pounds, like 200000") }
        }
        try errors.check()
        let review = try SubmissionReview(submission: submission, outcome: outcome!, reasons: reasons, grant: grant, by: actor, at: now)
        try await db.transaction { db in try await review.createAudited(by: actor, at: now, on: db) }
        return review
    }
}

extension Decision.Outcome {
    public var isApproval: Bool { self == .approved || self == .approvedWithAmendments }

    public var label: String {
        switch self {
        case .approved: "Approved"
        case .approvedWithAmendments: "Approved with amendments"
        case .deferred: "Deferred"
        case .rejected: "Rejected"
        }
    }
}

extension Submission {
    /// The review that stands: the latest.
    public var latestReview: SubmissionReview? { reviews.max { $0.reviewedAt < $1.reviewedAt } }
}
