import FluentKit
import Foundation

/// Online forms: defining a service's form, publishing it, and finding the forms residents and
/// Open311 clients can use on a day.
public enum FormRegister {
    public static func form(for service: Service, on db: any Database) async throws -> OnlineForm? {
        try await OnlineForm.query(on: db).filter(\.$service.$id == service.requireID()).first()
    }

    /// Checks the draft against the service's interactions and makes it the service's form,
    /// replacing any earlier definition. Publishing is part of the definition (`publishedFrom`).
    @discardableResult
    public static func define(_ draft: FormDraft, for service: Service, by actor: Actor, at now: Date, on db: any Database) async throws -> OnlineForm {
        let interactions = try await service.$interactions.query(on: db).filter(\.$applicable == true).all()
        let definition = try draft.check(offering: Set(interactions.map(\.type)))
        return try await db.transaction { db in
            if let form = try await form(for: service, on: db) {
                try await form.updateAudited(by: actor, at: now, on: db) { form in
                    form.definition = definition
                    form.updatedAt = now
                }
                return form
            }
            let form = OnlineForm()
            form.$organisation.id = service.$organisation.id
            form.$service.id = try service.requireID()
            form.definition = definition
            form.createdAt = now
            form.updatedAt = now
            try await form.createAudited(by: actor, at: now, on: db)
            return form
        }
    }

    /// The organisation's public services with a form published on `day`, by name, each with its form.
    public static func published(in organisationID: UUID, on day: CalendarDay, on db: any Database) async throws -> [(service: Service, form: OnlineForm)] {
        let forms = try await OnlineForm.query(on: db)
            .filter(\.$organisation.$id == organisationID)
            .filter(\.$publishedFrom <= day)
            .with(\.$service)
            .all()
        return forms.filter { $0.service.isPublic }.map { ($0.service, $0) }.sorted { $0.service.name < $1.service.name }
    }

    /// The public service with this short name and its form, when the form is published on `day`.
    public static func published(_ slug: String, in organisationID: UUID, on day: CalendarDay, on db: any Database) async throws -> (service: Service, form: OnlineForm)? {
        guard let service = try await Service.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$slug == slug.lowercased())
            .filter(\.$isPublic == true).first(),
              let form = try await form(for: service, on: db), form.isPublished(on: day)
        else { return nil }
        return (service, form)
    }
}
