import GuildhallCore
import Vapor

/// Central government's view: every organisation's latest submitted BVPI 157 for a year, with the
/// national mean and quartiles.
enum NationalController {
    static func table(req: Request) async throws -> Response {
        let years = try await NationalTable.years(on: req.db)
        let (table, order, descending) = try await load(req, years: years)
        return NationalPages.table(await req.page("National view"), table: table, years: years, order: order, descending: descending).response()
    }

    static func csv(req: Request) async throws -> Response {
        let (table, _, _) = try await load(req, years: try await NationalTable.years(on: req.db))
        let rows = table.rows.map { row in
            [row.organisation, row.organisationSlug, row.kind.rawValue, LondonTime.format(row.submittedAt),
             row.bvpi157.map { String(format: "%.2f", $0) } ?? "", row.bvpi157Verified.map { String(format: "%.2f", $0) } ?? "",
             row.review?.label ?? "Not reviewed"]
        }
        return Responses.csv(try CSVDocument.write(header: ["Organisation", "Short name", "Submission", "Submitted", "BVPI 157 (%)", "Verified BVPI 157 (%)", "Review"], rows: rows),
                             filename: "bvpi157-national-\(table.year).csv")
    }

    private static func load(_ req: Request, years: [Int]) async throws -> (NationalTable, NationalTable.Order, Bool) {
        let year = req.query[Int.self, at: "year"] ?? years.first ?? CalendarDay(req.now).year
        let order = NationalTable.Order(rawValue: req.query[String.self, at: "sort"] ?? "") ?? .organisation
        let descending = req.query[String.self, at: "order"] == "descending"
        return (try await NationalTable.make(year: year, order: order, descending: descending, on: req.db), order, descending)
    }
}
