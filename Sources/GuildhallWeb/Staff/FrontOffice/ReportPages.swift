import Foundation
import GuildhallCore
import Plot

/// Compliance with the customer service standards, and take-up by channel: each as a chart and
/// the same figures as tables.
enum ReportPages {
    struct Compliance {
        var period: ReportPeriod
        var report: ComplianceReport.Named
        var waits: (seen: Tally, left: Int)
        var waitMinutes: Int
        var satisfaction: [SatisfactionRegister.Tally]
        var canManage: Bool
    }

    static func compliance(_ context: PageContext, _ model: Compliance) -> HTML {
        let compliance = model.report.compliance
        let months = compliance.byMonth.keys.sorted()
        return Layout.page(context,
            UI.heading("Customer service standards"),
            periodForm(model.period, action: SiteURL.staff(.frontOffice(.compliance)).path),
            .p(.class("body-l"), .strong(.plain(Format.percent(compliance.overall.percent))),
               .plain(" of due dates met: \(Format.count(compliance.overall.met)) met and \(Format.count(compliance.overall.breached)) missed, counting each case’s reply and resolution that fell between \(model.period.from.longDescription) and \(model.period.to.longDescription).")),
            .p(.class("body"),
               .a(.href(SiteURL.staff(.frontOffice(.complianceCSV)).path(query: model.period.query)), .plain("Download these figures (CSV)")),
               .plain(" · "), .a(.href(SiteURL.staff(.frontOffice(.takeUp)).path(query: model.period.query)), .plain("Take-up by channel")),
               .if(model.canManage, .group(.plain(" · "), .a(.href(SiteURL.staff(.admin(.customerStandards)).path), .plain("Change the standards and closure days"))))),
            months.isEmpty ? .empty : Charts.bars(id: "chart-compliance", title: "Due dates met, by month",
                                                  description: "The percentage of due dates met in each month from \(months.first!) to \(months.last!). The same figures are in the table by month below.",
                                                  months.map { Charts.Bar(label: $0, percent: compliance.byMonth[$0]?.percent) }),
            table("By standard", [("Reply", compliance.byStandard[.reply]), ("Resolution", compliance.byStandard[.resolve])].compactMap { name, tally in tally.map { (name, $0) } }),
            table("By division", compliance.byDivision.map { (model.report.divisions[$0.key]?.name ?? $0.key, $0.value) }.sorted { $0.0 < $1.0 }),
            table("By service", compliance.byService.map { (model.report.services[$0.key]?.name ?? $0.key, $0.value) }.sorted { $0.0 < $1.0 }),
            table("By month", months.map { ($0, compliance.byMonth[$0]!) }),
            .h2(.class("heading-m"), .plain("INFO centre waits")),
            .p(.class("body"), .plain(model.waits.seen.met + model.waits.seen.breached == 0
                ? "No visitors were seen in this period."
                : "\(Format.percent(model.waits.seen.percent)) of visitors were seen within \(model.waitMinutes) minutes (\(model.waits.seen.met) of \(model.waits.seen.met + model.waits.seen.breached)). \(model.waits.left) left without being seen.")),
            satisfaction(model.satisfaction)
        )
    }

    /// The answers to "were you satisfied?", asked of residents as their cases were closed.
    private static func satisfaction(_ tallies: [SatisfactionRegister.Tally]) -> Node<HTML.BodyContext> {
        .group(
            .h2(.class("heading-m"), .plain("Were residents satisfied?")),
            tallies.isEmpty
                ? .p(.class("body"), .plain("No resident was asked in this period: they are asked when a case they can be told about is closed."))
                : UI.table(caption: "Satisfaction by service, for cases closed in the period", head: ["Service", "Asked", "Answered", "Satisfied", "Satisfied (%)"],
                           numeric: [1, 2, 3, 4], rows: tallies.map { tally in
                    [.plain(tally.service), .plain(Format.count(tally.asked)), .plain(Format.count(tally.answered)), .plain(Format.count(tally.satisfied)),
                     .plain(Format.percent(tally.percentSatisfied))]
                })
        )
    }

    private static func table(_ caption: String, _ rows: [(String, Tally)]) -> Node<HTML.BodyContext> {
        rows.isEmpty ? .empty : UI.table(caption: caption, head: ["", "Met", "Missed", "Met (%)"], numeric: [1, 2, 3], rows: rows.map { name, tally in
            [.plain(name), .plain(Format.count(tally.met)), .plain(Format.count(tally.breached)), .plain(Format.percent(tally.percent))]
        })
    }

    static func periodForm(_ period: ReportPeriod, action: String) -> Node<HTML.BodyContext> {
        Fields.get(action: action,
            .div(.class("filters"),
                Fields.text("from", label: "From", hint: "YYYY-MM-DD", value: period.from.description, errors: FieldErrors(), width: "10"),
                Fields.text("to", label: "To", hint: "YYYY-MM-DD", value: period.to.description, errors: FieldErrors(), width: "10"),
                Fields.button("Show", secondary: true)))
    }

    static func complianceCSV(_ model: Compliance) throws -> String {
        let compliance = model.report.compliance
        var rows: [[String]] = [row("overall", "", compliance.overall)]
        rows += compliance.byStandard.sorted { $0.key.rawValue < $1.key.rawValue }.map { row("standard", $0.key.rawValue, $0.value) }
        rows += compliance.byDivision.map { row("division", model.report.divisions[$0.key]?.name ?? $0.key, $0.value) }.sorted { $0[1] < $1[1] }
        rows += compliance.byService.map { row("service", model.report.services[$0.key]?.name ?? $0.key, $0.value) }.sorted { $0[1] < $1[1] }
        rows += compliance.byMonth.sorted { $0.key < $1.key }.map { row("month", $0.key, $0.value) }
        return try CSVDocument.write(header: ["group", "name", "met", "breached", "percent"], rows: rows)
    }

    private static func row(_ group: String, _ name: String, _ tally: Tally) -> [String] {
        [group, name, String(tally.met), String(tally.breached), tally.percent.map { String(format: "%.2f", $0) } ?? ""]
    }

    /// Channels grouped as channel shift reads them: online, by phone, in person or on paper.
    static let channelGroups: [(name: String, className: String, channels: [ContactChannel])] = [
        ("Online (web, email, apps)", "chart__line--actual", [.web, .email, .open311]),
        ("Telephone", "chart__line--planned", [.telephone]),
        ("In person and by letter", "chart__line--target", [.faceToFace, .letter]),
    ]

    /// Each group's share of the channels' uses, month by month.
    static func channelShift(_ takeUp: TakeUp) -> Node<HTML.BodyContext> {
        let months = takeUp.usesByMonth.keys.sorted()
        guard !months.isEmpty else { return .p(.class("body"), .plain("No contacts or cases in this period.")) }
        func share(_ month: String, _ channels: [ContactChannel]) -> Double? {
            let uses = takeUp.usesByMonth[month] ?? [:]
            return Percentage.of(channels.compactMap { uses[$0] }.reduce(0, +), in: uses.values.reduce(0, +))
        }
        return .group(
            Charts.lines(id: "chart-channel-shift", title: "Take-up by channel, month by month",
                         description: "The share of uses made online, by telephone, and in person or by letter (a contact, or a case that came in without one), each month from \(months.first!) to \(months.last!). The same figures are in the table that follows.",
                         months: months, series: channelGroups.map { group in .init(name: group.name, className: group.className, values: months.map { share($0, group.channels) }) },
                         marker: nil),
            UI.table(caption: "Share of uses by channel, by month (each contact, and each case that came in without one)", head: ["Month"] + channelGroups.map(\.name), numeric: Set(1...channelGroups.count), rows: months.map { month in
                [.plain(month)] + channelGroups.map { .plain(Format.percent(share(month, $0.channels))) }
            })
        )
    }

    static func takeUp(_ context: PageContext, period: ReportPeriod, takeUp: TakeUp) -> HTML {
        let total = takeUp.total
        return Layout.page(context,
            UI.heading("Take-up by channel"),
            periodForm(period, action: SiteURL.staff(.frontOffice(.takeUp)).path),
            .p(.class("body"), .plain("\(Format.count(total.contacts)) contacts and \(Format.count(total.cases)) cases between \(period.from.longDescription) and \(period.to.longDescription).")),
            channelShift(takeUp),
            UI.table(caption: "By channel", head: ["Channel", "Contacts", "Cases"], numeric: [1, 2], rows: ContactChannel.allCases.map { channel in
                let counts = takeUp.byChannel[channel] ?? TakeUp.Counts()
                return [.plain(channel.label), .plain(Format.count(counts.contacts)), .plain(Format.count(counts.cases))]
            }),
            UI.table(caption: "By service", head: ["Service", "Contacts", "Cases"], numeric: [1, 2],
                     rows: takeUp.byService.map { (takeUp.services[$0.key]?.name ?? "–", $0.value) }.sorted { $0.0 < $1.0 }.map { name, counts in
                [.plain(name), .plain(Format.count(counts.contacts)), .plain(Format.count(counts.cases))]
            })
        )
    }
}
