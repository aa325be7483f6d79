import FluentKit
import Foundation

/// The statement was finally submitted, so nothing in it may change.
public struct StatementClosed: Error, Sendable, CustomStringConvertible {
    public init() {}

    public var description: String { "The final statement has been submitted; its sections can no longer change." }
}

/// One field that differs between two revisions of a section.
public struct RevisionChange: Sendable, Equatable {
    public var path: String
    public var before: String?
    public var after: String?
}

/// Drafting a statement: creating it from a pro forma, saving sections (each save kept as a
/// revision), marking them complete, and comparing revisions.
public enum StatementRegister {
    public static func create(
        for organisationID: UUID, year: Int, proForma key: String, deadline deadlineText: String = "",
        by actor: Actor, at now: Date, on db: any Database
    ) async throws -> Statement {
        var errors = FieldErrors()
        let proForma = ProForma.named(key)
        if proForma == nil {
            errors.add(field: "proForma", "“\(key)” is not a pro forma: use " + ProForma.all.map(\.key).joined(separator: ", "))
        }
        if !(2000...2100).contains(year) {
            errors.add(field: "year", "Enter the statement's year, like 2003")
        } else if try await Statement.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$year == year).count() > 0 {
            errors.add(field: "year", "There is already a statement for \(year)")
        }
        let deadline = readDeadline(deadlineText, into: &errors)
        try errors.check()
        let statement = Statement(organisationID: organisationID, year: year, proFormaKey: key, deadlineOn: deadline)
        try await db.transaction { db in
            try await statement.createAudited(by: actor, at: now, on: db)
            for definition in proForma!.sections {
                try await StatementSection(of: statement, key: definition.key).create(on: db)
            }
        }
        return statement
    }

    /// A statement of this organisation, with its sections in pro forma order; another
    /// organisation's statement is never found.
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Statement? {
        try await find(id, on: db, where: { $0.$organisation.id == organisationID })
    }

    /// A statement of this organisation, or one with a section assigned to it as a partner.
    public static func find(_ id: UUID, contributedToBy organisationID: UUID, on db: any Database) async throws -> Statement? {
        try await find(id, on: db, where: { statement in
            statement.$organisation.id == organisationID || statement.sections.contains { $0.$partner.id == organisationID }
        })
    }

    private static func find(_ id: UUID, on db: any Database, where visible: (Statement) -> Bool) async throws -> Statement? {
        let query = Statement.query(on: db).filter(\.$id == id)
            .with(\.$sections) { $0.with(\.$division).with(\.$partner).with(\.$owner) }
        guard let statement = try await query.first(), visible(statement) else { return nil }
        let order = Dictionary(uniqueKeysWithValues: statement.proForma.sections.map { ($0.key, $0.number) })
        statement.$sections.value = statement.sections.sorted { order[$0.key, default: 99] < order[$1.key, default: 99] }
        return statement
    }

    /// Validates and saves a section's content as a new revision. Saving the same content again
    /// makes no revision; changing a complete section opens it again.
    @discardableResult
    public static func save(
        _ section: StatementSection, of statement: Statement, json: Data, by actor: Actor, at now: Date, on db: any Database
    ) async throws -> SectionRevision? {
        guard !statement.isClosed else { throw StatementClosed() }
        guard let definition = statement.proForma.section(section.key) else { throw SectionProblems(messages: ["This section is not in the pro forma"]) }
        let content = try SectionValidator.validate(definition.kind, json: json).get()
        guard content != section.content else { return nil }
        let revision = SectionRevision(sectionID: try section.requireID(), number: section.revision + 1, content: content, by: actor, at: now)
        try await db.transaction { db in
            try await revision.create(on: db)
            try await section.updateAudited(by: actor, at: now, on: db) {
                $0.content = content
                $0.revision = revision.number
                $0.status = .inProgress
            }
        }
        return revision
    }

    public static func complete(_ section: StatementSection, of statement: Statement, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard !statement.isClosed else { throw StatementClosed() }
        guard section.content != nil else {
            throw SectionProblems(messages: ["Section \(section.key) has no content yet: save it before marking it complete"])
        }
        guard section.status != .complete else { return }
        try await db.transaction { db in
            try await section.updateAudited(by: actor, at: now, on: db) { $0.status = .complete }
        }
    }

    /// Assigns a section to a division of the statement's organisation, a partner organisation
    /// and an owner; nil clears each.
    public static func assign(
        _ section: StatementSection, of statement: Statement, division: UUID?, partner: UUID?, owner: UUID?,
        by actor: Actor, at now: Date, on db: any Database
    ) async throws {
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        if let division, try await DivisionRegister.find(division, in: statement.$organisation.id, on: db) == nil {
            errors.add(field: "division", "Select one of the organisation’s divisions")
        }
        if let partner, try await Organisation.find(partner, on: db)?.tier != .partner {
            errors.add(field: "partner", "Select a partner organisation")
        }
        if let owner, try await StaffRegister.find(owner, in: statement.$organisation.id, on: db) == nil {
            errors.add(field: "owner", "Select a member of the organisation’s staff")
        }
        try errors.check()
        try await db.transaction { db in
            try await section.updateAudited(by: actor, at: now, on: db) {
                $0.$division.id = division
                $0.$partner.id = partner
                $0.$owner.id = owner
            }
        }
    }

    /// Sets the submission deadline from `YYYY-MM-DD`, or clears it when the text is blank.
    public static func setDeadline(_ statement: Statement, to text: String, by actor: Actor, at now: Date, on db: any Database) async throws {
        guard !statement.isClosed else { throw StatementClosed() }
        var errors = FieldErrors()
        let deadline = readDeadline(text, into: &errors)
        try errors.check()
        try await db.transaction { db in
            try await statement.updateAudited(by: actor, at: now, on: db) { $0.deadlineOn = deadline }
        }
    }

    /// The deadline `YYYY-MM-DD` names, or nil when the text is blank; anything else is a problem.
    private static func readDeadline(_ text: String, into errors: inout FieldErrors) -> CalendarDay? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let day = CalendarDay(trimmed) else {
            errors.add(field: "deadline", "Enter the deadline as YYYY-MM-DD, like 2003-11-28, or leave it blank")
            return nil
        }
        return day
    }

    /// The organisation's statements, latest year first.
    public static func all(in organisationID: UUID, on db: any Database) async throws -> [Statement] {
        try await Statement.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$year, .descending).all()
    }

    /// Sections of other organisations' statements assigned to this one as a partner.
    public static func assigned(toPartner organisationID: UUID, on db: any Database) async throws -> [StatementSection] {
        try await StatementSection.query(on: db).filter(\.$partner.$id == organisationID)
            .with(\.$statement) { $0.with(\.$organisation) }.all()
    }

    /// Whole days from `today` to the deadline: negative once it has passed, nil when none is set.
    public static func daysLeft(_ statement: Statement, today: CalendarDay) -> Int? {
        statement.deadlineOn.map { today.days(to: $0) }
    }

    public static func revisions(of section: StatementSection, on db: any Database) async throws -> [SectionRevision] {
        try await SectionRevision.query(on: db).filter(\.$section.$id == section.requireID()).sort(\.$number).all()
    }

    /// The fields that differ between two revisions, by their place in the content.
    public static func compare(_ before: SectionRevision, _ after: SectionRevision) -> [RevisionChange] {
        let old = flatten(before.content), new = flatten(after.content)
        return Set(old.keys).union(new.keys).sorted().compactMap { path in
            old[path] == new[path] ? nil : RevisionChange(path: path, before: old[path], after: new[path])
        }
    }

    static func flatten(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return [:] }
        var result: [String: String] = [:]
        func walk(_ value: Any, _ path: String) {
            switch value {
            case let dictionary as [String: Any]:
                for (key, child) in dictionary { walk(child, path.isEmpty ? key : "\(path).\(key)") }
            case let array as [Any]:
                for (index, child) in array.enumerated() { walk(child, "\(path)[\(index)]") }
            case let number as NSNumber:
                result[path] = number.stringValue
            default:
                result[path] = "\(value)"
            }
        }
        walk(object, "")
        return result
    }
}
