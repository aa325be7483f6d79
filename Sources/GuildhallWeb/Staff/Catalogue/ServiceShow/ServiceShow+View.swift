import GuildhallCore
import Plot

extension ServiceShow {
    static func view(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.catalogue(.index)).path, "Back to the catalogue"),
            UI.heading(model.name, caption: model.division),
            UI.summaryList([
                .init(key: "LGSL", value: .plain(model.lgsl),
                      action: model.canEdit ? ("Change", SiteURL.staff(.catalogue(.editService(.value(model.id)))).path) : nil),
                .init(key: "Division", value: .plain(model.division)),
                .init(key: "Shown to the public", value: .plain(model.isPublic ? "Yes" : "No")),
                .init(key: "Description", value: .plain(model.description.isEmpty ? "None" : model.description)),
                .init(key: "Online form", value: .plain(model.form ?? "None"),
                      action: model.canEdit ? (model.form == nil ? "Build" : "Change", SiteURL.staff(.catalogue(.form(.value(model.id)))).path) : nil),
            ]),
            UI.table(caption: "Interactions, as at \(model.today.longDescription)",
                     head: ["Interaction type", "Status", "Verified", "Channels", "E-enabled on", "Target", "Standard", "Owner", "Action"],
                     rows: model.rows.map { row(model, $0) }),
            .if(model.rows.contains { $0.evidenceURL != nil },
                .group(
                    .h2(.class("heading-m"), .plain("Where residents can use it")),
                    .ul(.class("list list--bullet"), .group(model.rows.compactMap { row in
                        row.evidenceURL.map { url in .li(.plain("\(row.type.label): "), .a(.attr("href", url), .plain(url))) }
                    }))))
        )
    }

    private static func row(_ model: Model, _ row: Model.Row) -> [Node<HTML.BodyContext>] {
        let action: Node<HTML.BodyContext> = model.canEdit
            ? .a(.attr("href", SiteURL.staff(.catalogue(.interaction(.value(model.id), .value(row.type.code)))).path),
                 .plain(row.status == nil ? "Add" : "Change"), .span(.class("visually-hidden"), .plain(" " + row.type.label.lowercased())))
            : .plain("–")
        let type = Node<HTML.BodyContext>.plain("\(row.type.code). \(row.type.label)")
        guard let status = row.status else {
            return [type, UI.tag("Not recorded", .grey), .plain("–"), .plain("–"), .plain("–"), .plain("–"), .plain("–"), .plain("–"), action]
        }
        return [
            type,
            CataloguePages.statusTag(status),
            row.verification.map { verification in
                verification == .notEEnabled ? .plain("–") : .group(UI.tag(verification.isVerified ? "Verified" : "Not verified", verification.isVerified ? .green : .yellow),
                                                                    .p(.class("hint"), .plain(verification.explanation)))
            } ?? .plain("–"),
            .plain(row.channels.isEmpty ? "None" : row.channels.map(\.label).joined(separator: ", ")),
            .plain(row.eEnabledOn?.longDescription ?? "–"),
            .plain(row.targetOn?.longDescription ?? "–"),
            .plain(row.standardDays.map { "\($0) working day\($0 == 1 ? "" : "s")" } ?? "–"),
            .plain(row.owner.isEmpty ? "–" : row.owner),
            action,
        ]
    }
}
