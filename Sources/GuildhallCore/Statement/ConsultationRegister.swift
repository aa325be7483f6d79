import FluentKit
import Foundation

/// Consultation and decisions: drafts shared with committees, their comments and the programme
/// team's answers, and the chain of bodies that approves the statement.
public enum ConsultationRegister {
    /// The organisation's bodies of one kind, in order, creating the defaults the first time.
    public static func bodies(_ kind: GoverningBody.Kind, of organisationID: UUID, on db: any Database) async throws -> [GoverningBody] {
        if try await GoverningBody.query(on: db).filter(\.$organisation.$id == organisationID).count() == 0 {
            try await db.transaction { db in
                for (index, (kind, slug, name)) in GoverningBody.defaults.enumerated() {
                    try await GoverningBody(organisationID: organisationID, kind: kind, slug: slug, name: name, position: index).create(on: db)
                }
            }
        }
        return try await GoverningBody.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$kind == kind)
            .sort(\.$position).all()
    }

    /// Adds a consultative body, such as an overview and scrutiny committee, named for its slug.
    public static func addBody(named rawName: String, to organisationID: UUID, by actor: Actor, at now: Date, on db: any Database) async throws -> GoverningBody {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        let slug = Slug.make(from: name)
        let existing = try await bodies(.consultative, of: organisationID, on: db)
        var errors = FieldErrors()
        if name.isEmpty || slug.isEmpty {
            errors.add(field: "name", "Enter the committee's name, like Overview and scrutiny committee")
        } else if name.count > 120 {
            errors.add(field: "name", "The name must be 120 characters or fewer")
        } else if try await GoverningBody.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$slug == slug).count() > 0 {
            errors.add(field: "name", "There is already a body called \(name)")
        }
        try errors.check()
        let body = GoverningBody(organisationID: organisationID, kind: .consultative, slug: slug, name: name,
                                 position: (existing.map(\.position).max() ?? 0) + 1)
        try await db.transaction { db in try await body.createAudited(by: actor, at: now, on: db) }
        return body
    }

    /// Shares the statement as it stands now with a consultative body for a meeting.
    public static func open(
        on statement: Statement, body slug: String, meetingOn text: String, by actor: Actor, at now: Date, on db: any Database
    ) async throws -> Consultation {
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        let body = try await bodies(.consultative, of: statement.$organisation.id, on: db).first { $0.slug == slug }
        if body == nil {
            let known = try await bodies(.consultative, of: statement.$organisation.id, on: db).map(\.slug)
            errors.add(field: "body", "“\(slug)” is not a consultative body: use " + known.joined(separator: ", "))
        }
        let meetingOn = CalendarDay(text)
        if meetingOn == nil { errors.add(field: "meetingOn", "Enter the meeting date as YYYY-MM-DD, like 2003-11-11") }
        try errors.check()
        let sections = try await StatementSection.query(on: db).filter(\.$statement.$id == statement.requireID()).all()
        let consultation = try Consultation(statement: statement, bodyID: body!.requireID(), meetingOn: meetingOn!,
                                            revisions: Dictionary(uniqueKeysWithValues: sections.map { ($0.key, $0.revision) }), at: now)
        try await db.transaction { db in try await consultation.createAudited(by: actor, at: now, on: db) }
        return consultation
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Consultation? {
        try await Consultation.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).with(\.$statement).first()
    }

    public static func comment(
        on consultation: Consultation, section key: String, text rawText: String, by actor: Actor, at now: Date, on db: any Database
    ) async throws -> Comment {
        let statement = consultation.statement
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        if statement.proForma.section(key) == nil {
            errors.add(field: "section", "“\(key)” is not a section of the statement: use " + statement.proForma.sections.map(\.key).joined(separator: ", "))
        }
        let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { errors.add(field: "text", "Write the comment") }
        if text.count > 5000 { errors.add(field: "text", "A comment must be 5,000 characters or fewer") }
        try errors.check()
        let comment = try Comment(consultation: consultation, section: key, text: text, by: actor, at: now)
        try await db.transaction { db in try await comment.createAudited(by: actor, at: now, on: db) }
        return comment
    }

    public static func findComment(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Comment? {
        try await Comment.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID)
            .with(\.$consultation) { $0.with(\.$statement) }.first()
    }

    /// Records the programme team's answer. A comment is incorporated by a revision saved after
    /// the draft was shared, which the comment then names.
    public static func dispose(
        _ comment: Comment, as raw: String, response rawResponse: String, by actor: Actor, at now: Date, on db: any Database
    ) async throws {
        let statement = comment.consultation.statement
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        let disposition = Comment.Disposition(rawValue: raw)
        if disposition == nil { errors.add(field: "disposition", "Use incorporated, noted or not-accepted") }
        let response = rawResponse.trimmingCharacters(in: .whitespacesAndNewlines)
        if response.isEmpty { errors.add(field: "response", "Write the response the consultee will read") }
        var revision: Int?
        if disposition == .incorporated {
            let section = try await StatementSection.query(on: db).filter(\.$statement.$id == statement.requireID()).filter(\.$key == comment.section).first()
            let shared = comment.consultation.frozenRevisions[comment.section] ?? 0
            if let section, section.revision > shared {
                revision = section.revision
            } else {
                errors.add(field: "disposition", "Save the \(comment.section) section with the change before marking the comment incorporated")
            }
        }
        try errors.check()
        let incorporatedIn = revision
        try await db.transaction { db in
            try await comment.updateAudited(by: actor, at: now, on: db) {
                $0.disposition = disposition
                $0.response = response
                $0.incorporatedIn = incorporatedIn
            }
        }
    }

    public static func decide(
        on statement: Statement, body slug: String, outcome raw: String, decidedOn text: String, minute rawMinute: String,
        delegatedTo: String?, by actor: Actor, at now: Date, on db: any Database
    ) async throws -> Decision {
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        let chain = try await bodies(.decision, of: statement.$organisation.id, on: db)
        let body = chain.first { $0.slug == slug }
        if body == nil { errors.add(field: "body", "“\(slug)” is not a decision body: use " + chain.map(\.slug).joined(separator: ", ")) }
        let outcome = Decision.Outcome(rawValue: raw)
        if outcome == nil { errors.add(field: "outcome", "Use approved, approved-with-amendments, deferred or rejected") }
        let decidedOn = CalendarDay(text)
        if decidedOn == nil { errors.add(field: "decidedOn", "Enter the date of the decision as YYYY-MM-DD") }
        let minute = rawMinute.trimmingCharacters(in: .whitespaces)
        if minute.isEmpty { errors.add(field: "minute", "Enter the minute reference, like C/123") }
        let delegate = delegatedTo?.trimmingCharacters(in: .whitespaces)
        if outcome == .approvedWithAmendments && (delegate ?? "").isEmpty {
            errors.add(field: "delegatedTo", "Name the officer delegated to make the amendments")
        }
        try errors.check()
        let decision = try Decision(statement: statement, bodyID: body!.requireID(), decidedOn: decidedOn!, outcome: outcome!, minute: minute,
                                    delegatedTo: outcome == .approvedWithAmendments ? delegate : nil, at: now)
        try await db.transaction { db in try await decision.createAudited(by: actor, at: now, on: db) }
        return decision
    }

    public static func consultations(of statement: Statement, on db: any Database) async throws -> [Consultation] {
        try await Consultation.query(on: db).filter(\.$statement.$id == statement.requireID())
            .with(\.$body).with(\.$comments).sort(\.$meetingOn).sort(\.$createdAt).all()
    }

    /// The draft as it was shared: each section's revision at the time, by key.
    public static func sharedDraft(_ consultation: Consultation, on db: any Database) async throws -> [String: SectionRevision] {
        let frozen = consultation.frozenRevisions
        let sections = try await StatementSection.query(on: db).filter(\.$statement.$id == consultation.$statement.id).all()
        var result: [String: SectionRevision] = [:]
        for section in sections {
            guard let number = frozen[section.key], number > 0,
                  let revision = try await SectionRevision.query(on: db).filter(\.$section.$id == section.requireID()).filter(\.$number == number).first()
            else { continue }
            result[section.key] = revision
        }
        return result
    }

    public static func decisions(of statement: Statement, on db: any Database) async throws -> [Decision] {
        try await Decision.query(on: db).filter(\.$statement.$id == statement.requireID()).with(\.$body)
            .sort(\.$decidedOn).sort(\.$recordedAt).all()
    }
}
