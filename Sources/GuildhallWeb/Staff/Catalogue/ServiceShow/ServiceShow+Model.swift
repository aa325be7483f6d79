import Foundation
import GuildhallCore
import Vapor

/// A service's page: what it is, and each of the ten interaction types as it stands on a day.
enum ServiceShow {
    struct Model: Equatable {
        struct Row: Equatable {
            var type: InteractionType
            /// Nil when no interaction of this type is recorded.
            var status: InteractionStatus?
            var channels: [GuildhallCore.Channel]
            var eEnabledOn: CalendarDay?
            var targetOn: CalendarDay?
            var standardDays: Int?
            var owner: String
            var evidenceURL: String?
            var verification: Verification?
        }

        var id: UUID
        var name: String
        var division: String
        /// The matched LGSL entry, described; or the code the list does not hold.
        var lgsl: String
        var isPublic: Bool
        var description: String
        var today: CalendarDay
        var rows: [Row]
        var canEdit: Bool
        /// Where its online form stands, if it has one.
        var form: String?
    }

    /// The service named in the path, within the signed-in member's organisation.
    static func query(_ req: Request) async throws -> Model {
        let service = try await CatalogueLookup.service(req)
        let today = CalendarDay(req.now)
        var lgsl = "Not matched"
        if let code = service.lgsl {
            if let entry = try await LGSLRegister.find(code, on: req.db) {
                lgsl = "\(code) – \(entry.description)" + (entry.tier.isEmpty ? "" : " (provided by: \(entry.tier))")
            } else {
                lgsl = "\(code) (not in the loaded service list)"
            }
        }
        let onlineForm = try await FormRegister.form(for: service, on: req.db)
        let checks = try await LinkCheckRegister.latest(for: service.interactions.compactMap(\.id), on: today, on: req.db)
        let rows = InteractionType.allCases.map { type in
            let interaction = service.interactions.first { $0.type == type }
            return Model.Row(
                type: type, status: interaction?.status(on: today),
                channels: GuildhallCore.Channel.allCases.filter { interaction?.channels.contains($0) == true },
                eEnabledOn: interaction?.eEnabledOn, targetOn: interaction?.targetOn, standardDays: interaction?.standardDays,
                owner: interaction?.owner ?? "", evidenceURL: interaction?.evidenceURL,
                verification: interaction.map { Verification($0, on: today, form: onlineForm, latestCheck: $0.id.flatMap { checks[$0] }) })
        }
        let form = onlineForm.map { form in
            form.publishedFrom.map { "\(form.interactionType.label), published from \($0.longDescription)" } ?? "\(form.interactionType.label), a draft"
        }
        return Model(
            id: try service.requireID(), name: service.name, division: service.division.name, lgsl: lgsl, isPublic: service.isPublic,
            description: service.description, today: today, rows: rows, canEdit: try CatalogueLookup.mayEdit(req, service), form: form)
    }
}
