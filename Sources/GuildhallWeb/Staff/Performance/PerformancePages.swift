import Foundation
import GuildhallCore
import Plot

enum PerformancePages {
    /// A quarter-end snapshot, as the dashboard lists it.
    struct SnapshotSummary: Equatable {
        var id: UUID
        var asAt: CalendarDay
        var percent: Double?
        var takenAt: Date
        var takenBy: String

        init(_ snapshot: Snapshot) throws {
            id = try snapshot.requireID()
            asAt = snapshot.asAt
            percent = try SnapshotRegister.report(of: snapshot).overall.percent
            takenAt = snapshot.takenAt
            takenBy = snapshot.takenBy
        }
    }

    /// The dashboard's figures as of a day, with the interactions at risk.
    struct Dashboard {
        struct AtRiskRow: Equatable {
            var serviceID: UUID
            var service: String
            var type: InteractionType
            var division: String
            var owner: String
            var targetOn: CalendarDay
        }

        var report: BVPI157Report
        var target: Milestone?
        var gap: Double?
        var daysLeft: Int?
        var serviceCount: Int
        var interactionCount: Int
        var trajectory: Trajectory
        var atRisk: [AtRiskRow]
        var atRiskTotal: Int

        init(_ summary: PerformanceSummary) throws {
            report = summary.report
            target = try summary.target.map(Milestone.init)
            gap = summary.gap
            daysLeft = summary.daysLeft
            serviceCount = summary.serviceCount
            interactionCount = summary.interactionCount
            trajectory = summary.trajectory
            atRisk = summary.atRisk.compactMap { interaction in
                interaction.targetOn.map { targetOn in
                    AtRiskRow(serviceID: interaction.$service.id, service: interaction.service.name, type: interaction.type,
                              division: interaction.service.division.name, owner: interaction.owner, targetOn: targetOn)
                }
            }
            atRiskTotal = summary.atRiskTotal
        }
    }

    /// A milestone towards the target.
    struct Milestone: Equatable {
        var id: UUID
        var dueOn: CalendarDay
        var percent: Double
        var label: String

        init(_ target: PerformanceTarget) throws {
            id = try target.requireID()
            dueOn = target.dueOn
            percent = target.percent
            label = target.label
        }
    }

    static func dashboard(_ context: PageContext, summary: Dashboard, takeUp: TakeUp, snapshots: [SnapshotSummary], today: CalendarDay,
                          canManage: Bool, canReadTakeUp: Bool) -> HTML {
        let report = summary.report
        let day = report.on
        return Layout.page(context,
            UI.heading("Performance", caption: context.signedIn?.organisation),
            Fields.get(action: SiteURL.staff(.performance(.dashboard)).path,
                .div(.class("filters"),
                     Fields.text("on", label: "Figures as at", hint: "A date like 2004-03-31", value: day.description, errors: context.errors, width: "10")),
                Fields.button("Show figures", secondary: true)),
            .div(.class("headline"),
                headline("BVPI 157 on \(day.longDescription)", Format.percent(report.overall.percent),
                         "\(Format.count(report.overall.eEnabled)) of \(Format.count(report.overall.applicable)) applicable interactions are e-enabled"),
                .unwrap(report.verified) { verified in
                    headline("Verified BVPI 157", Format.percent(verified.percent),
                             "\(Format.count(verified.eEnabled)) can be shown to work: a published online form, or a web page that answered when checked")
                },
                .unwrap(summary.target, { target in
                    .group(
                        headline("Target", Format.percent(target.percent), "by \(target.dueOn.longDescription)"),
                        headline("Gap to target", summary.gap.map { String(format: "%.2f points", $0) } ?? "No figure",
                                 summary.daysLeft.map { $0 >= 0 ? "\(Format.count($0)) day\($0 == 1 ? "" : "s") left" : "target date passed \(Format.count(-$0)) days ago" } ?? ""))
                }, else: headline("Target", "Not set", canManage ? "Set one under targets and milestones" : "The programme team has not set one")),
                headline("Services", Format.count(summary.serviceCount), "\(Format.count(summary.interactionCount)) applicable interactions")),
            .p(.class("body"),
               .a(.href(SiteURL.staff(.performance(.targets)).path), .plain(canManage ? "Set the target and milestones" : "Target and milestones")),
               .plain(" · "), .a(.href(SiteURL.staff(.catalogue(.index)).path(query: ["status": "at-risk"])), .plain("At-risk interactions in the catalogue"))),

            .h2(.class("heading-m"), .id("trajectory"), .plain("Trajectory")),
            trajectory(summary.trajectory, today: today),

            .h2(.class("heading-m"), .id("by-interaction-type"), .plain("By interaction type")),
            Charts.bars(id: "chart-types", title: "BVPI 157 by interaction type on \(day.longDescription)",
                        description: "Percentage of applicable interactions e-enabled, for each of the ten interaction types. The same figures are in the table that follows.",
                        report.byInteractionType.map { .init(label: "\($0.type.code). \($0.type.label)", percent: $0.figure.percent) }),
            figureTable("BVPI 157 by interaction type", firstColumn: "Interaction type",
                        rows: report.byInteractionType.map { ("\($0.type.code). \($0.type.label)", $0.figure) }, download: "by-interaction-type.csv", day: day),

            .h2(.class("heading-m"), .id("by-division"), .plain("By division")),
            Charts.bars(id: "chart-divisions", title: "BVPI 157 by division on \(day.longDescription)",
                        description: "Percentage of applicable interactions e-enabled, for each division. The same figures are in the table that follows.",
                        report.byDivision.map { .init(label: $0.division, percent: $0.figure.percent) }),
            figureTable("BVPI 157 by division", firstColumn: "Division", rows: report.byDivision.map { ($0.division, $0.figure) }, download: "by-division.csv", day: day),

            .h2(.class("heading-m"), .id("at-risk"), .plain("At risk")),
            .p(.class("body"), .plain("Applicable interactions not e-enabled on \(day.longDescription) whose target date has passed or falls within \(AtRisk.window) days.")),
            summary.atRisk.isEmpty
                ? .p(.class("body"), .plain("Nothing is at risk."))
                : .group(
                    UI.table(caption: "At risk (\(Format.count(summary.atRiskTotal)))" + (summary.atRiskTotal > summary.atRisk.count ? ", the first \(summary.atRisk.count) by target date" : ""),
                             head: ["Service", "Interaction type", "Division", "Owner", "Target", "Days"], numeric: [5],
                             rows: summary.atRisk.map { row in
                        let days = day.days(to: row.targetOn)
                        return [
                            .a(.attr("href", SiteURL.staff(.catalogue(.service(.value(row.serviceID)))).path), .plain(row.service)),
                            .plain(row.type.label), .plain(row.division),
                            .plain(row.owner.isEmpty ? "Not set" : row.owner),
                            .plain(row.targetOn.longDescription),
                            .plain(days < 0 ? "\(-days) overdue" : "\(days) left"),
                        ]
                    }),
                    download("at-risk.csv", day: day, "Download every at-risk interaction as CSV")),

            .h2(.class("heading-m"), .id("take-up"), .plain("Take-up by channel")),
            .p(.class("body"), .plain("How residents reached the council over the last twelve months: contacts and cases taken by the front office, by channel.")),
            ReportPages.channelShift(takeUp),
            .if(canReadTakeUp, .p(.class("body"), .a(.href(SiteURL.staff(.frontOffice(.takeUp)).path), .plain("Take-up by channel and by service")))),

            .h2(.class("heading-m"), .id("snapshots"), .plain("Quarter-end snapshots")),
            .p(.class("body"), .plain("A snapshot freezes the figures as they stand, so later changes to the catalogue do not alter what was reported.")),
            .if(canManage,
                Fields.post(action: SiteURL.staff(.performance(.snapshots)).path, csrf: context.csrfToken,
                    Fields.text("asAt", label: "Snapshot as at", hint: "Usually the last quarter end", value: today.latestQuarterEnd.description, errors: context.errors, width: "10"),
                    Fields.button("Take a snapshot", secondary: true))),
            snapshots.isEmpty
                ? .p(.class("body"), .plain("No snapshots have been taken yet."))
                : .group(
                    UI.table(caption: "Snapshots", head: ["As at", "BVPI 157", "Taken", "By"], numeric: [1], rows: snapshots.map { snapshot in
                        [
                            .a(.attr("href", SiteURL.staff(.performance(.snapshot(.value(snapshot.id)))).path), .plain(snapshot.asAt.longDescription)),
                            .plain(Format.percent(snapshot.percent)), .plain(LondonTime.format(snapshot.takenAt)), .plain(snapshot.takenBy),
                        ]
                    }),
                    download("snapshots.csv", day: day, "Download the snapshots as CSV"))
        )
    }

    private static func headline(_ title: String, _ value: String, _ detail: String) -> Node<HTML.BodyContext> {
        .div(.class("headline__item"),
             .p(.class("headline__title"), .plain(title)),
             .p(.class("headline__value"), .plain(value)),
             .p(.class("headline__detail"), .plain(detail)))
    }

    private static func trajectory(_ trajectory: Trajectory, today: CalendarDay) -> Node<HTML.BodyContext> {
        guard !trajectory.points.isEmpty else { return .p(.class("body"), .plain("There is nothing to chart yet.")) }
        let months = trajectory.points.map { shortMonth($0.month) }
        return .group(
            Charts.lines(
                id: "chart-trajectory", title: "Trajectory towards the target",
                description: "Month by month from \(trajectory.points.first!.month.longDescription) to \(trajectory.points.last!.month.longDescription): the percentage of applicable interactions actually e-enabled, the percentage planned to be by then, and the target line. The same figures are in the table that follows.",
                months: months,
                series: [
                    .init(name: "Actual", className: "chart__line--actual", values: trajectory.points.map(\.actual)),
                    .init(name: "Planned", className: "chart__line--planned", values: trajectory.points.map(\.planned)),
                    .init(name: "Target", className: "chart__line--target", values: trajectory.points.map(\.target)),
                ],
                marker: trajectory.points.firstIndex { $0.month >= today }),
            UI.details("Trajectory as a table",
                    UI.table(caption: "Trajectory by month", head: ["Month end", "Actual", "Planned", "Target"], numeric: [1, 2, 3],
                             rows: trajectory.points.map { point in
                        [.plain(point.month.longDescription), .plain(Format.percent(point.actual)), .plain(Format.percent(point.planned)),
                         .plain(point.target.map { Format.percent($0) } ?? "–")]
                    })),
            download("trajectory.csv", day: today, "Download the trajectory as CSV"))
    }

    private static func figureTable(_ caption: String, firstColumn: String, rows: [(String, Figure)], download name: String, day: CalendarDay) -> Node<HTML.BodyContext> {
        .group(
            UI.table(caption: caption, head: [firstColumn, "E-enabled", "Applicable", "BVPI 157"], numeric: [1, 2, 3], rows: rows.map { label, figure in
                [.plain(label), .plain(Format.count(figure.eEnabled)), .plain(Format.count(figure.applicable)), .plain(Format.percent(figure.percent))]
            }),
            download(name, day: day, "Download this table as CSV"))
    }

    private static func download(_ name: String, day: CalendarDay, _ text: String) -> Node<HTML.BodyContext> {
        .p(.class("body"), .a(.attr("href", SiteURL.staff(.performance(.download(.value(name)))).path(query: ["on": day.description])), .plain(text)))
    }

    static func shortMonth(_ day: CalendarDay) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(months[day.month - 1]) \(day.year)"
    }

    static func snapshot(_ context: PageContext, snapshot: SnapshotSummary, report: BVPI157Report) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.performance(.dashboard)).path + "#snapshots", "Back to performance"),
            UI.heading("Snapshot as at \(snapshot.asAt.longDescription)", caption: "Taken \(LondonTime.format(snapshot.takenAt)) by \(snapshot.takenBy)"),
            .p(.class("body-l"), .plain("BVPI 157: \(Format.percent(report.overall.percent)) (\(Format.count(report.overall.eEnabled)) of \(Format.count(report.overall.applicable)))")),
            .unwrap(report.verified) { verified in
                .p(.class("body"), .plain("Verified: \(Format.percent(verified.percent)) (\(Format.count(verified.eEnabled)) of \(Format.count(verified.applicable)))"))
            },
            UI.table(caption: "By interaction type", head: ["Interaction type", "E-enabled", "Applicable", "BVPI 157"], numeric: [1, 2, 3],
                     rows: report.byInteractionType.map { [.plain("\($0.type.code). \($0.type.label)"), .plain(Format.count($0.figure.eEnabled)), .plain(Format.count($0.figure.applicable)), .plain(Format.percent($0.figure.percent))] }),
            UI.table(caption: "By division", head: ["Division", "E-enabled", "Applicable", "BVPI 157"], numeric: [1, 2, 3],
                     rows: report.byDivision.map { [.plain($0.division), .plain(Format.count($0.figure.eEnabled)), .plain(Format.count($0.figure.applicable)), .plain(Format.percent($0.figure.percent))] })
        )
    }

    struct TargetEntry {
        var dueOn = ""
        var percent = ""
        var label = ""
    }

    static func targets(_ context: PageContext, targets: [Milestone], entry: TargetEntry, canManage: Bool) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.performance(.dashboard)).path, "Back to performance"),
            UI.heading("Target and milestones", caption: context.signedIn?.organisation),
            .p(.class("body"), .plain("The latest milestone is the target itself, for example 100% by 31 March 2004 under a local public service agreement. Earlier ones are interim milestones; the trajectory draws the target line through them.")),
            targets.isEmpty
                ? .p(.class("body"), .plain("No target has been set."))
                : UI.table(caption: "Milestones", head: ["Date", "Percentage", "Description"] + (canManage ? ["Action"] : []), numeric: [1], rows: targets.map { target in
                    [.plain(target.dueOn.longDescription), .plain(Format.percent(target.percent)), .plain(target.label.isEmpty ? "–" : target.label)]
                    + (canManage ? [.a(.attr("href", SiteURL.staff(.performance(.removeTarget(.value(target.id)))).path), .plain("Remove"),
                                       .span(.class("visually-hidden"), .plain(" the milestone of \(target.dueOn.longDescription)")))] : [])
                }),
            .if(canManage, .group(
                .h2(.class("heading-m"), .plain("Add a milestone")),
                Fields.post(action: SiteURL.staff(.performance(.targets)).path, csrf: context.csrfToken,
                    Fields.text("dueOn", label: "Date", hint: "For example, 2004-03-31", value: entry.dueOn, errors: context.errors, width: "10"),
                    Fields.text("percent", label: "Percentage of interactions e-enabled", hint: "From 0 to 100", value: entry.percent, errors: context.errors, width: "10"),
                    Fields.text("label", label: "Description (optional)", hint: "For example, LPSA target", value: entry.label, errors: context.errors),
                    Fields.button("Add milestone"))))
        )
    }

    static func confirmRemove(_ context: PageContext, target: Milestone) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.performance(.targets)).path),
            UI.heading("Remove the milestone of \(target.dueOn.longDescription)?"),
            .p(.class("body"), .plain("\(Format.percent(target.percent)) by \(target.dueOn.longDescription)\(target.label.isEmpty ? "" : " (\(target.label))"). The removal is recorded in the audit trail.")),
            Fields.post(action: SiteURL.staff(.performance(.removeTarget(.value(target.id)))).path, csrf: context.csrfToken,
                .div(.class("button-group"),
                     Fields.button("Remove milestone", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.performance(.targets)).path), .plain("Cancel"))))
        )
    }
}
