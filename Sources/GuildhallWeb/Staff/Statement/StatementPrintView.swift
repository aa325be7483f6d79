import Crypto
import Foundation
import GuildhallCore
import Vapor
import Plot

/// The statement as a print-ready document on A4: self-contained (its stylesheet is inside it),
/// so that a submission's frozen HTML reads and prints the same wherever it is opened.
enum StatementPrintView {
    /// `kind` and `sha256` are nil for a preview of the statement as it stands.
    static func html(_ record: StatementRecord, submission: (kind: Submission.Kind, at: Date, by: String, sha256: String)?) -> String {
        let proForma = ProForma.named(record.proForma) ?? .ieg3
        let status = submission.map { ($0.kind == .final ? "Final submission" : "Draft submission") + " of version \(record.version)" }
            ?? "Version \(record.version), not submitted"
        let title = "\(proForma.title): \(record.organisationName)"
        return HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(HTMLEscaping.escape("\(title) – \(status)"))]),
                .element(named: "style", nodes: [.raw(css)])
            ),
            .body(
                .header(.class("document-header"),
                    .p(.class("document-organisation"), .plain(record.organisationName)),
                    .h1(.plain(proForma.title)),
                    .p(.class("document-status"), .plain(status)),
                    .unwrap(submission) { submission in
                        .dl(.class("document-facts"),
                            .dt(.plain("Submitted")), .dd(.plain(LondonTime.format(submission.at))),
                            .dt(.plain("Submitted by")), .dd(.plain(submission.by)),
                            .dt(.plain("SHA-256 of the data")), .dd(.el("code", .plain(submission.sha256))))
                    }),
                .main(
                    .nav(.attr("aria-label", "Contents"),
                        .h2(.plain("Contents")),
                        .ol(.group(record.sections.map { section in
                            .li(.a(.attr("href", "#\(section.key)"), .plain(section.title)))
                        }))),
                    .group(record.sections.map { section in
                        .section(.id(section.key), .attr("aria-labelledby", "\(section.key)-title"),
                            .h2(.id("\(section.key)-title"), .plain("\(section.number). \(section.title)")),
                            .unwrap(proForma.section(section.key)) { SectionContentView.content(section, kind: $0.kind) })
                    }),
                    .section(.attr("aria-labelledby", "consultation-title"),
                        .h2(.id("consultation-title"), .plain("Consultation")),
                        record.consultations.isEmpty ? .p(.plain("No consultation has been recorded.")) :
                        UI.table(caption: "Consultation rounds", head: ["Body", "Meeting", "Comments", "Answered"], numeric: [2, 3],
                                 rows: record.consultations.map { round in
                                     [.plain(round.bodyName), .plain(round.meetingOn.longDescription), .plain(String(round.comments.count)),
                                      .plain(String(round.comments.filter { $0.disposition != nil }.count))]
                                 })),
                    .section(.attr("aria-labelledby", "decisions-title"),
                        .h2(.id("decisions-title"), .plain("Decisions")),
                        record.decisions.isEmpty ? .p(.plain("No decision has been recorded.")) :
                        UI.table(caption: "Decisions", head: ["Body", "Date", "Outcome", "Minute"],
                                 rows: record.decisions.map { decision in
                                     [.plain(decision.bodyName), .plain(decision.decidedOn.longDescription),
                                      .plain((Decision.Outcome(rawValue: decision.outcome)?.label ?? decision.outcome)
                                             + (decision.delegatedTo.map { ", amendments delegated to \($0)" } ?? "")),
                                      .plain(decision.minute)]
                                 }))
                )
            )
        ).render()
    }

    /// The Content-Security-Policy that lets a document's own stylesheet, and nothing else, apply.
    /// It is worked out from the document itself, so a submission frozen with an older stylesheet
    /// still shows as it did.
    static func contentSecurityPolicy(for html: String) -> String {
        var style = "'none'"
        if let open = html.range(of: "<style>"), let close = html.range(of: "</style>", range: open.upperBound..<html.endIndex) {
            style = "'sha256-\(Data(SHA256.hash(data: Data(html[open.upperBound..<close.lowerBound].utf8))).base64EncodedString())'"
        }
        return "default-src 'none'; style-src \(style); img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    }

    static let css = """
        @page { size: A4; margin: 20mm 18mm; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; max-width: 50em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 20pt; margin: 0.2em 0; }
        h2 { font-size: 14pt; margin: 1.5em 0 0.5em; break-after: avoid; }
        .document-organisation, .document-status { font-size: 12pt; margin: 0; }
        .document-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
        .document-facts dt { font-weight: bold; }
        .document-facts dd { margin: 0; overflow-wrap: anywhere; }
        a { color: #1d70b8; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3em 0.5em 0.3em 0; text-align: left; vertical-align: top; }
        .table__header--numeric, .table__cell--numeric { text-align: right; }
        tr { break-inside: avoid; }
        .summary-list { margin: 0; }
        .summary-list__row { display: grid; grid-template-columns: 12em 1fr; border-bottom: 1px solid #b1b4b6; }
        .summary-list__key { font-weight: bold; }
        .summary-list__value { margin: 0; }
        .tag { font-weight: bold; padding: 0 0.3em; border: 1px solid currentColor; }
        .tag--green { color: #005a30; } .tag--red { color: #942514; } .tag--yellow { color: #594d00; } .tag--grey { color: #383f43; }
        .hint { color: #505a5f; }
        .table-wrapper { overflow-x: auto; }
        @media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } nav { break-after: page; } }
        nav li { padding: 0.25em 0; }
        """

    /// The document as a response: standalone, allowed its own stylesheet and nothing else.
    static func response(_ html: String) -> Response {
        let response = Responses.document(html, type: "text/html; charset=utf-8")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: contentSecurityPolicy(for: html))
        return response
    }
}
