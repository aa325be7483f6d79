import GuildhallCore
import Plot

enum ImportPages {
    static func upload(_ context: PageContext, problems: [ImportProblem]) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.index)).path, "Back to the catalogue"),
            UI.heading("Import a catalogue file"),
            .p(.class("body"), .plain("Upload a CSV file with one row per service and interaction type. You will see what it would add and change before anything is imported. A file with any problem is not imported at all.")),
            UI.details("What the file must contain",
                    .p(.class("body"), .plain("A header row, then one row per service and interaction. Columns may come in any order:")),
                    .ul(.class("list list--bullet"),
                        .li(.plain("service, division, interaction (1 to 10, or its name) and applicable (yes or no) are required")),
                        .li(.plain("lgsl, channels (separated by ;), e_enabled_on and target_on (YYYY-MM-DD), evidence_url and standard_days are optional"))),
                    .p(.class("body"), .plain("Download the current catalogue to see the format."))),
            .if(!problems.isEmpty,
                UI.table(caption: "Problems in the file (\(problems.count))", head: ["Line", "Problem"], rows: problems.map { problem in
                    [.plain(problem.line.map(String.init) ?? "–"), .plain(problem.message)]
                })),
            .el("form", .attr("method", "post"), .attr("action", SiteURL.staff(.catalogue(.upload)).path), .attr("enctype", "multipart/form-data"), .attr("novalidate", "novalidate"),
                Fields.csrf(context.csrfToken),
                Fields.text("file", label: "Catalogue file", hint: "CSV, saved as UTF-8", errors: context.errors, type: "file"),
                Fields.button("Check the file"))
        )
    }

    static let rowsShown = 200

    static func preview(_ context: PageContext, file: Choice, plan: ImportPlan) -> HTML {
        let additions = plan.additions, changes = plan.changes
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.upload)).path, "Upload a different file"),
            UI.heading("Check the import", caption: file.name),
            UI.summaryList([
                .init(key: "Interactions to add", value: .plain(Format.count(additions.count))),
                .init(key: "Interactions to change", value: .plain(Format.count(changes.count))),
                .init(key: "Already as in the file", value: .plain(Format.count(plan.unchangedCount))),
                .init(key: "New services", value: .plain(plan.newServices.isEmpty ? "None" : "\(plan.newServices.count): " + plan.newServices.prefix(20).joined(separator: ", ") + (plan.newServices.count > 20 ? "…" : ""))),
                .init(key: "New divisions", value: .plain(plan.newDivisions.isEmpty ? "None" : plan.newDivisions.joined(separator: ", "))),
            ]),
            rowsTable("Interactions to add", additions),
            rowsTable("Interactions to change", changes),
            .p(.class("body"), .plain("Nothing in the catalogue that the file does not mention will change.")),
            Fields.post(action: SiteURL.staff(.catalogue(.pendingImport(.value(file.id)))).path, csrf: context.csrfToken,
                .div(.class("button-group"),
                     Fields.button("Import the file"),
                     .a(.class("link"), .href(SiteURL.staff(.catalogue(.index)).path), .plain("Cancel"))))
        )
    }

    private static func rowsTable(_ caption: String, _ entries: [ImportPlan.Entry]) -> Node<HTML.BodyContext> {
        guard !entries.isEmpty else { return .empty }
        let shown = entries.prefix(rowsShown)
        return .group(
            UI.table(caption: caption + (entries.count > rowsShown ? " (first \(rowsShown) of \(Format.count(entries.count)))" : ""),
                     head: ["Line", "Service", "Division", "Interaction", "Applicable", "Channels", "E-enabled on", "Target"],
                     rows: shown.map { entry in
                let row = entry.row
                return [
                    .plain(String(row.line)), .plain(row.service), .plain(row.division), .plain("\(row.type.code). \(row.type.label)"),
                    .plain(row.applicable ? "Yes" : "No"), .plain(Channel.serialise(row.channels).replacingOccurrences(of: ";", with: ", ")),
                    .plain(row.eEnabledOn?.description ?? "–"), .plain(row.targetOn?.description ?? "–"),
                ]
            }))
    }
}
