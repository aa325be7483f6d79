import FluentKit
import Foundation

/// One row of a catalogue file: one interaction of one service.
public struct CatalogueRow: Sendable, Equatable {
    public var line: Int
    public var lgsl: Int?
    public var service: String
    public var division: String
    public var type: InteractionType
    public var applicable: Bool
    public var channels: Set<Channel>
    public var eEnabledOn: CalendarDay?
    public var targetOn: CalendarDay?
    public var evidenceURL: String?
    public var standardDays: Int?

    /// The key that must be unique in a file and in a catalogue.
    var key: String { "\(Slug.make(from: service))#\(type.code)" }
}

/// The catalogue file format: one row per service and interaction type, columns in any order.
public enum CatalogueCSV {
    public static let columns = [
        "lgsl", "service", "division", "interaction", "applicable", "channels",
        "e_enabled_on", "target_on", "evidence_url", "standard_days",
    ]
    public static let requiredColumns = ["service", "division", "interaction", "applicable"]

    /// Every row of the file, or every problem in it. A file with any problem yields no rows.
    public static func parse(_ text: String) -> Result<[CatalogueRow], ImportRejected> {
        let table: CSVDocument.Table
        do { table = try CSVDocument.read(text) } catch {
            return .failure(ImportRejected(problems: [ImportProblem(line: nil, "The file could not be read as CSV text")]))
        }
        var problems: [ImportProblem] = []
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let unknown = header.filter { !columns.contains($0) }
        if !unknown.isEmpty {
            problems.append(ImportProblem(line: 1, "Unknown column\(unknown.count == 1 ? "" : "s") \(unknown.map { "“\($0)”" }.joined(separator: ", ")): the columns are \(columns.joined(separator: ", "))"))
        }
        let missing = requiredColumns.filter { !header.contains($0) }
        if !missing.isEmpty {
            problems.append(ImportProblem(line: 1, "Missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"))
        }
        let repeated = Set(header.filter { name in header.filter { $0 == name }.count > 1 })
        if !repeated.isEmpty {
            problems.append(ImportProblem(line: 1, "Column\(repeated.count == 1 ? "" : "s") \(repeated.sorted().joined(separator: ", ")) appear\(repeated.count == 1 ? "s" : "") more than once"))
        }
        guard problems.isEmpty else { return .failure(ImportRejected(problems: problems)) }
        if table.rows.isEmpty {
            return .failure(ImportRejected(problems: [ImportProblem(line: nil, "The file has a header but no rows")]))
        }

        var rows: [CatalogueRow] = []
        var firstLine: [String: Int] = [:]
        var serviceHome: [String: (line: Int, division: String, lgsl: Int?)] = [:]
        for record in table.rows {
            let fields = Dictionary(uniqueKeysWithValues: header.enumerated().map { index, name in
                (name, index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : "")
            })
            let line = record.line
            func problem(_ message: String) { problems.append(ImportProblem(line: line, message)) }
            if record.fields.count > header.count { problem("This row has \(record.fields.count) fields but the header has \(header.count)") }

            let service = fields["service"] ?? "", division = fields["division"] ?? ""
            if service.isEmpty || Slug.make(from: service).isEmpty { problem("The service has no name") }
            if division.isEmpty || Slug.make(from: division).isEmpty { problem("The division is missing") }
            let type = InteractionType(parsing: fields["interaction"] ?? "")
            if type == nil {
                problem("“\(fields["interaction"] ?? "")” is not an interaction type: use 1 to 10 or a label such as Providing information")
            }
            let applicable = fields["applicable"]?.lowercased()
            if applicable != "yes" && applicable != "no" { problem("Applicable must be yes or no, not “\(fields["applicable"] ?? "")”") }
            let (channels, unknownChannels) = Channel.parse(fields["channels"] ?? "")
            for name in unknownChannels {
                problem("“\(name)” is not a channel: use \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            func day(_ column: String) -> CalendarDay? {
                guard let text = fields[column], !text.isEmpty else { return nil }
                guard let day = CalendarDay(text) else {
                    problem("\(column) “\(text)” is not a real date in the form YYYY-MM-DD")
                    return nil
                }
                return day
            }
            let eEnabledOn = day("e_enabled_on"), targetOn = day("target_on")
            var lgsl: Int?
            if let text = fields["lgsl"], !text.isEmpty {
                lgsl = Int(text)
                if lgsl == nil || lgsl! <= 0 { problem("LGSL identifier “\(text)” must be a whole number") }
            }
            var standardDays: Int?
            if let text = fields["standard_days"], !text.isEmpty {
                standardDays = Int(text)
                if standardDays == nil || standardDays! < 0 { problem("standard_days “\(text)” must be a whole number of working days") }
            }
            let evidence = fields["evidence_url"].flatMap { $0.isEmpty ? nil : $0 }
            if let evidence, !isWebAddress(evidence) { problem("evidence_url “\(evidence)” must be a web address starting http:// or https://") }

            guard let type, !service.isEmpty, !division.isEmpty else { continue }
            let row = CatalogueRow(
                line: line, lgsl: lgsl, service: service, division: division, type: type, applicable: applicable == "yes",
                channels: channels, eEnabledOn: eEnabledOn, targetOn: targetOn, evidenceURL: evidence, standardDays: standardDays)
            if let first = firstLine[row.key] {
                problem("\(service) already has a row for \(type.label) on line \(first)")
            } else {
                firstLine[row.key] = line
            }
            let serviceKey = Slug.make(from: service)
            if let home = serviceHome[serviceKey] {
                if Slug.make(from: home.division) != Slug.make(from: division) {
                    problem("\(service) is in division \(home.division) on line \(home.line) but \(division) here")
                }
                if home.lgsl != lgsl && lgsl != nil && home.lgsl != nil {
                    problem("\(service) has LGSL \(home.lgsl!) on line \(home.line) but \(lgsl!) here")
                }
            } else {
                serviceHome[serviceKey] = (line, division, lgsl)
            }
            rows.append(row)
        }
        return problems.isEmpty ? .success(rows) : .failure(ImportRejected(problems: problems))
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else { return false }
        return true
    }

    /// The organisation's catalogue as a file that `parse` reads back to the same catalogue:
    /// services by name, each one's interactions in type order.
    public static func export(organisationID: UUID, on db: any Database) async throws -> String {
        let services = try await Service.query(on: db).filter(\.$organisation.$id == organisationID)
            .with(\.$division).with(\.$interactions).all()
            .sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        var rows: [[String]] = []
        for service in services {
            for interaction in service.interactions.sorted(by: { $0.type < $1.type }) {
                rows.append([
                    service.lgsl.map(String.init) ?? "", service.name, service.division.name, String(interaction.type.code),
                    interaction.applicable ? "yes" : "no", interaction.channelList,
                    interaction.eEnabledOn?.description ?? "", interaction.targetOn?.description ?? "",
                    interaction.evidenceURL ?? "", interaction.standardDays.map(String.init) ?? "",
                ])
            }
        }
        return try CSVDocument.write(header: columns, rows: rows)
    }
}
