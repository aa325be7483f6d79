import GuildhallCore
import Vapor

enum InteractionsController {
    static func edit(req: Request) async throws -> Response {
        let (service, type) = try await find(req)
        let entry = service.interactions.first { $0.type == type }.map { interaction in
            InteractionDraft(
                applicable: interaction.applicable, channels: GuildhallCore.Channel.allCases.filter(interaction.channels.contains).map(\.rawValue),
                eEnabledOn: interaction.eEnabledOn?.description ?? "", targetOn: interaction.targetOn?.description ?? "",
                evidenceURL: interaction.evidenceURL ?? "", standardDays: interaction.standardDays.map(String.init) ?? "",
                owner: interaction.owner, notes: interaction.notes)
        } ?? InteractionDraft(applicable: true, channels: [], eEnabledOn: "", targetOn: "", evidenceURL: "", standardDays: "", owner: "", notes: "")
        return CataloguePages.interactionForm(await req.page(type.label), service: try Choice(id: service.requireID(), name: service.name), type: type, entry: entry).response()
    }

    static func update(req: Request) async throws -> Response {
        let (service, type) = try await find(req)
        let posted = try req.content.decode(InteractionDraft.self)
        return try await req.complete {
            _ = try await CatalogueRegister.saveInteraction(posted, type: type, of: service, by: try req.staff.actor, at: req.now, on: req.db)
            return FormDone(flash: "\(type.label) saved for \(service.name)", location: SiteURL.staff(.catalogue(.service(.value(service.id!)))).path)
        } redraw: { errors in
            return CataloguePages.interactionForm(await req.page(type.label, errors: errors), service: try Choice(id: service.requireID(), name: service.name), type: type, entry: posted)
                .response(.unprocessableEntity)
        }
    }

    private static func find(_ req: Request) async throws -> (Service, InteractionType) {
        let service = try await CatalogueLookup.service(req)
        guard let type = req.parameters.get(.interactionType).flatMap(InteractionType.init(rawValue:)) else { throw Abort(.notFound) }
        guard try CatalogueLookup.mayEdit(req, service) else {
            throw Abort(.forbidden, reason: "Only the programme team and this service’s own division can change it.")
        }
        return (service, type)
    }
}
