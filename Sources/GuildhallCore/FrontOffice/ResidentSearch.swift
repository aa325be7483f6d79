import FluentKit
import Foundation
import SQLKit

/// What someone typed into the front office's search box, read as a case reference, an email
/// address, a phone number, a postcode, or words (of a name, or part of a postcode, phone or email).
public struct ResidentQuery: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case reference(String)
        case email(String)
        /// Digits, with `+44` read as `0`.
        case phone(String)
        /// In capitals without the space, as `WV12AB`.
        case postcode(String)
        /// Fragments that must all appear in a resident's folded search text.
        case words([String])
        /// A word of one or two letters, looked up as a whole surname.
        case surname(String)
        case nothing
    }

    public var typed: String
    public var kind: Kind

    public init(_ typed: String) {
        // Control characters (a NUL, say) are nothing anyone types into a search box, and neither database takes them in text.
        self.typed = String(String.UnicodeScalarView(typed.unicodeScalars.filter { !$0.properties.isNoncharacterCodePoint && $0.properties.generalCategory != .control }))
            .trimmingCharacters(in: .whitespaces)
        let folded = SearchText.fold(self.typed)
        let phoneCharacters = Set("0123456789+()- ")
        let compact = folded.filter { !$0.isWhitespace }
        if folded.isEmpty {
            kind = .nothing
        } else if CaseReference.isReference(folded) {
            kind = .reference(CaseReference.normalise(folded))
        } else if folded.contains("@"), !folded.contains(" ") {
            kind = .email(folded)
        } else if folded.allSatisfy(phoneCharacters.contains), let digits = ResidentKeys.phone(folded), digits.count >= 6 {
            kind = .phone(digits)
        } else if ResidentDraft.looksLikePostcode(folded) {
            kind = .postcode(compact.uppercased())
        } else {
            let words = folded.split(separator: " ").map(String.init)
            let long = words.filter { $0.count >= 3 }
            kind = long.isEmpty ? .surname(words.last!) : .words(long)
        }
    }

    /// What to look for in the search text when an exact key finds no one: part of a phone number
    /// or an email address.
    var fallback: [String]? {
        switch kind {
        case .email(let email): [email]
        case .phone(let digits): [digits]
        default: nil
        }
    }
}

/// Finding residents, best first. Case references, email addresses, phone numbers, postcodes and
/// surnames are looked up on their own B-tree indexes: words whose last is someone's surname find
/// those people. Otherwise words are found in any part of the text on each database's own trigram
/// index (FTS5 on SQLite, `pg_trgm`'s GIN index on PostgreSQL): the first `candidateLimit`
/// residents whose text has every word. Either way in the order of their folded names.
public enum ResidentSearch {
    /// At most this many residents are found by words; more means the search should be narrowed.
    public static let candidateLimit = 500

    public struct Found: Sendable {
        public var items: [Resident]
        public var paging: Paging
        /// More residents match than were found: add a first name, postcode or phone number.
        public var isCapped: Bool
    }

    public static func page(_ query: ResidentQuery, in organisationID: UUID, requested: Int?, perPage: Int,
                            on db: any Database) async throws -> Found {
        // A merged resident has no keys and no search text, so nothing here finds one.
        let known = Resident.query(on: db).filter(\.$organisation.$id == organisationID)
        switch query.kind {
        case .nothing:
            return Found(items: [], paging: Paging(requested: 1, perPage: perPage, total: 0), isCapped: false)
        case .reference(let reference):
            let found = try await Case.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$reference == reference).first()
            let resident = try await found?.$resident.id.asyncFlatMap { try await ResidentRegister.find($0, in: organisationID, on: db) }
            return Found(items: resident.map { [$0] } ?? [], paging: Paging(requested: 1, perPage: perPage, total: resident == nil ? 0 : 1), isCapped: false)
        case .email(let email):
            known.filter(\.$emailKey == email)
        case .phone(let digits):
            known.filter(\.$phoneKey == digits)
        case .postcode(let postcode):
            known.filter(\.$postcodeKey == postcode)
        case .surname(let surname):
            known.filter(\.$surnameKey == surname)
        case .words(let words):
            // Those whose surname is the last word, and who have the other words too, come first
            // from the surname's index; only when there are none is every part of every name searched.
            let found = try await bySurname(words, in: organisationID, requested: requested, perPage: perPage, on: db)
            guard found.paging.total == 0 else { return found }
            return try await byWords(words, in: organisationID, requested: requested, perPage: perPage, on: db)
        }
        let (items, paging) = try await known.sort(\.$searchText).sort(\.$id).paged(requested, perPage: perPage)
        if paging.total == 0, let fallback = query.fallback {
            return try await byWords(fallback, in: organisationID, requested: requested, perPage: perPage, on: db)
        }
        return Found(items: items, paging: paging, isCapped: false)
    }

    /// Read from the surname's index alone, which holds the folded text: `instr`/`strpos` rather
    /// than `LIKE`, so that PostgreSQL does not turn to the trigram index for the other words.
    private static func bySurname(_ words: [String], in organisationID: UUID, requested: Int?, perPage: Int,
                                  on db: any Database) async throws -> Found {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let contains = sql.dialect.name == "postgresql" ? "strpos" : "instr"
        var condition: SQLQueryString = "organisation_id = \(bind: organisationID) AND surname_key = \(bind: words.last!)"
        for word in words.dropLast() { condition = condition + " AND \(unsafeRaw: contains)(search_text, \(bind: word)) > 0" }
        return try await found(sql, from: "residents WHERE \(condition)", requested: requested, perPage: perPage, capped: false, on: db)
    }

    /// One page of the residents a query selects (`id` and `search_text`), in order, with their number.
    private static func found(_ sql: any SQLDatabase, from source: SQLQueryString, requested: Int?, perPage: Int, capped: Bool,
                              on db: any Database) async throws -> Found {
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM \(source)").first()?.decode(column: "n", as: Int.self) ?? 0
        let paging = Paging(requested: requested, perPage: perPage, total: total)
        guard total > 0 else { return Found(items: [], paging: paging, isCapped: false) }
        let ids = try await sql.raw("""
            SELECT id FROM \(source) ORDER BY search_text, id LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.range.lowerBound)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        let residents = ids.isEmpty ? [] : try await Resident.query(on: db).filter(\.$id ~~ ids).all()
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return Found(items: residents.sorted { order[$0.id!]! < order[$1.id!]! }, paging: paging, isCapped: capped && total >= candidateLimit)
    }

    private static func byWords(_ words: [String], in organisationID: UUID, requested: Int?, perPage: Int,
                                on db: any Database) async throws -> Found {
        guard let sql = db as? any SQLDatabase else { throw BVPI157Error.needsSQL }
        let candidates: SQLQueryString
        if sql.dialect.name == "postgresql" {
            var condition: SQLQueryString = "r.organisation_id = \(bind: organisationID)"
            for word in words { condition = condition + " AND r.search_text LIKE \(bind: "%" + escapeLike(word) + "%")" }
            candidates = "SELECT r.id, r.search_text FROM residents r WHERE \(condition) LIMIT \(literal: candidateLimit)"
        } else {
            let match = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
            candidates = """
                SELECT r.id, r.search_text FROM (SELECT rowid FROM resident_search WHERE resident_search MATCH \(bind: match) LIMIT \(literal: candidateLimit)) found
                JOIN residents r ON r.rowid = found.rowid WHERE r.organisation_id = \(bind: organisationID)
                """
        }
        return try await found(sql, from: "(\(candidates)) c", requested: requested, perPage: perPage, capped: true, on: db)
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

extension Optional {
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
