import FluentKit
import Foundation
import SQLKit

/// What someone typed into the front office's search box, read as a phone number, a postcode, a
/// case reference, or words of a name or email address.
public struct ResidentQuery: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case reference(String)
        /// Fragments that must all appear in a resident's folded search text.
        case text([String])
        /// A short word (one or two letters) is looked up as a whole surname.
        case surname(String)
        case nothing
    }

    public var typed: String
    public var kind: Kind

    public init(_ typed: String) {
        self.typed = typed.trimmingCharacters(in: .whitespaces)
        let folded = SearchText.fold(self.typed)
        let phoneCharacters = Set("0123456789+()- ")
        if folded.isEmpty {
            kind = .nothing
        } else if CaseReference.isReference(folded) {
            kind = .reference(CaseReference.normalise(folded))
        } else if folded.allSatisfy(phoneCharacters.contains), let digits = ResidentKeys.phone(folded), digits.count >= 3 {
            kind = .text([digits])
        } else if ResidentDraft.looksLikePostcode(folded) || (folded.count <= 4 && folded.first?.isLetter == true && folded.last?.isNumber == true) {
            // A whole postcode, or its outward code, without the space.
            kind = .text([folded.filter { !$0.isWhitespace }])
        } else {
            let words = folded.split(separator: " ").map(String.init)
            let long = words.filter { $0.count >= 3 }
            if !long.isEmpty { kind = .text(long) }
            else { kind = .surname(words.last!) }
        }
    }
}

/// Finding residents on each database's own index: FTS5 trigrams on SQLite, a trigram GIN index
/// on PostgreSQL. Exact matches on email, phone or postcode come first, then the closest names.
public enum ResidentSearch {
    public static func page(_ query: ResidentQuery, in organisationID: UUID, requested: Int?, perPage: Int,
                            on db: any Database) async throws -> (items: [Resident], paging: Paging) {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let ids: [UUID], paging: Paging
        switch query.kind {
        case .nothing:
            return ([], Paging(requested: 1, perPage: perPage, total: 0))
        case .reference(let reference):
            let found = try await Case.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$reference == reference).first()
            guard let residentID = found?.$resident.id, let resident = try await ResidentRegister.find(residentID, in: organisationID, on: db) else {
                return ([], Paging(requested: 1, perPage: perPage, total: 0))
            }
            return ([resident], Paging(requested: 1, perPage: perPage, total: 1))
        case .surname(let surname):
            let (items, paged) = try await Resident.query(on: db).filter(\.$organisation.$id == organisationID)
                .filter(\.$mergedIntoID == nil).filter(\.$surnameKey == surname).sort(\.$name).paged(requested, perPage: perPage)
            return (items, paged)
        case .text(let fragments):
            let exact = fragments.joined(separator: " ")
            let (from, condition, rank) = matching(fragments, dialect: sql.dialect.name)
            let scope: SQLQueryString = "r.organisation_id = \(bind: organisationID) AND r.merged_into_id IS NULL AND \(condition)"
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM \(from) WHERE \(scope)").first()?.decode(column: "n", as: Int.self) ?? 0
            paging = Paging(requested: requested, perPage: perPage, total: total)
            ids = try await sql.raw("""
                SELECT r.id AS id FROM \(from) WHERE \(scope)
                ORDER BY CASE WHEN r.email_key = \(bind: exact) OR r.phone_key = \(bind: exact) OR LOWER(r.postcode_key) = \(bind: exact) THEN 0 ELSE 1 END,
                  \(rank), r.name, r.id
                LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.range.lowerBound)
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
        }
        guard !ids.isEmpty else { return ([], paging) }
        let residents = try await Resident.query(on: db).filter(\.$id ~~ ids).all()
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return (residents.sorted { order[$0.id!]! < order[$1.id!]! }, paging)
    }

    /// The tables, condition and ordering that find every fragment, on the dialect's index.
    private static func matching(_ fragments: [String], dialect: String) -> (SQLQueryString, SQLQueryString, SQLQueryString) {
        if dialect == "postgresql" {
            var condition: SQLQueryString = "TRUE"
            for fragment in fragments {
                condition = condition + " AND r.search_text LIKE \(bind: "%" + escapeLike(fragment) + "%")"
            }
            // Names come first in the text, so a match nearer the start is more likely the name.
            return ("residents r", condition, "POSITION(\(bind: fragments[0]) IN r.search_text)")
        }
        let match = fragments.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        return ("resident_search JOIN residents r ON r.rowid = resident_search.rowid", "resident_search MATCH \(bind: match)", "resident_search.rank")
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
