import FluentKit
import Foundation

/// The Local Government Service List: the sample the product ships, fuller lists loaded from
/// either of its published formats, and suggestions of entries that match a service's name.
public enum LGSLRegister {
    public static func shippedSample() throws -> String {
        guard let url = Bundle.module.url(forResource: "lgsl-services-sample", withExtension: "csv") else {
            throw ImportRejected(problems: [ImportProblem(line: nil, "The LGSL sample is missing from this build")])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Reads `LGSL,Description,Providing Tier` (GOV.UK's local services list) or
    /// `Identifier,Label` (the esd standards list). Rejects the whole file on any bad row.
    public static func parse(_ text: String) throws -> [LGSLService] {
        let table: CSVDocument.Table
        do { table = try CSVDocument.read(text) } catch {
            throw ImportRejected(problems: [ImportProblem(line: nil, "The file could not be read as CSV")])
        }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let codeColumn: Int, labelColumn: Int, tierColumn: Int?
        if let code = header.firstIndex(of: "lgsl"), let label = header.firstIndex(of: "description") {
            (codeColumn, labelColumn, tierColumn) = (code, label, header.firstIndex(of: "providing tier"))
        } else if let code = header.firstIndex(of: "identifier"), let label = header.firstIndex(of: "label") {
            (codeColumn, labelColumn, tierColumn) = (code, label, nil)
        } else {
            throw ImportRejected(problems: [ImportProblem(line: 1, "The header must be LGSL,Description,Providing Tier or Identifier,Label")])
        }
        var problems: [ImportProblem] = [], entries: [LGSLService] = [], seen: [Int: Int] = [:]
        for row in table.rows {
            func field(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmingCharacters(in: .whitespaces)
            }
            guard let code = Int(field(codeColumn)), code > 0 else {
                problems.append(ImportProblem(line: row.line, "“\(field(codeColumn))” is not an LGSL identifier: it must be a whole number"))
                continue
            }
            if let first = seen[code] {
                problems.append(ImportProblem(line: row.line, "LGSL \(code) is listed again (first on line \(first))"))
                continue
            }
            seen[code] = row.line
            let label = field(labelColumn)
            if label.isEmpty { problems.append(ImportProblem(line: row.line, "LGSL \(code) has no description")) }
            entries.append(LGSLService(code: code, description: label, tier: field(tierColumn)))
        }
        if !problems.isEmpty { throw ImportRejected(problems: problems) }
        if entries.isEmpty { throw ImportRejected(problems: [ImportProblem(line: nil, "The file has no entries")]) }
        return entries
    }

    /// Adds new entries and updates existing ones, keeping a known tier when the new list has none.
    @discardableResult
    public static func load(_ entries: [LGSLService], on db: any Database) async throws -> (added: Int, updated: Int) {
        try await db.transaction { db in
            let existing = Dictionary(uniqueKeysWithValues: try await LGSLService.query(on: db).all().map { ($0.id!, $0) })
            var added = 0, updated = 0
            for entry in entries {
                if let current = existing[entry.id!] {
                    guard current.description != entry.description || (!entry.tier.isEmpty && current.tier != entry.tier) else { continue }
                    current.description = entry.description
                    if !entry.tier.isEmpty { current.tier = entry.tier }
                    try await current.save(on: db)
                    updated += 1
                } else {
                    try await entry.create(on: db)
                    added += 1
                }
            }
            return (added, updated)
        }
    }

    public static func find(_ code: Int, on db: any Database) async throws -> LGSLService? {
        try await LGSLService.find(code, on: db)
    }

    /// Up to `limit` entries whose descriptions share the most meaningful words with `name`.
    public static func suggestions(for name: String, limit: Int = 5, on db: any Database) async throws -> [LGSLService] {
        let wanted = words(name)
        guard !wanted.isEmpty else { return [] }
        let scored = try await LGSLService.query(on: db).all().compactMap { entry -> (Double, LGSLService)? in
            let theirs = words(entry.description)
            let shared = wanted.intersection(theirs).count
            guard shared > 0 else { return nil }
            return (Double(shared) / Double(wanted.union(theirs).count), entry)
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.id! < $1.1.id! }.prefix(limit).map(\.1)
    }

    /// Words that say what a service is, without the verbs every LGSL description starts with.
    static func words(_ text: String) -> Set<String> {
        let ignored: Set<String> = [
            "a", "an", "and", "the", "of", "for", "to", "in", "on", "or", "your", "you", "about", "find", "out",
            "apply", "get", "report", "pay", "book", "request", "help", "with", "from", "at", "by", "council",
        ]
        let parts = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(parts.filter { !ignored.contains($0) }.map(stem))
    }

    private static func stem(_ word: String) -> String {
        for suffix in ["ies", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count)) + (suffix == "ies" ? "y" : "")
        }
        return word
    }
}
