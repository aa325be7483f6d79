import FluentKit
import Foundation

/// Setting up an organisation's GOV.UK Notify service, and finding it again.
public enum NotifyRegister {
    /// What an administrator gives: the key (empty keeps the one kept already), where Notify is
    /// (empty for Notify's own address), and template ids by template name (empty removes one;
    /// templates not named keep theirs).
    public struct Settings: Sendable, Equatable {
        public var apiKey: String
        public var baseURL: String
        public var templates: [String: String]

        public init(apiKey: String, baseURL: String = "", templates: [String: String] = [:]) {
            self.apiKey = apiKey
            self.baseURL = baseURL
            self.templates = templates
        }
    }

    public static func find(for organisationID: UUID, on db: any Database) async throws -> NotifyService? {
        try await NotifyService.query(on: db).filter(\.$organisationID == organisationID).first()
    }

    /// Checks and keeps the settings, sealing the key with the installation's secret. The first
    /// time, it also makes the token Notify must send with delivery receipts, returned once.
    public static func configure(_ settings: Settings, for organisationID: UUID, secret: String, by actor: Actor, at now: Date,
                                 on db: any Database) async throws -> (service: NotifyService, callbackToken: String?) {
        let existing = try await find(for: organisationID, on: db)
        var errors = FieldErrors()
        let key = NotifyKey(settings.apiKey)
        if settings.apiKey.isEmpty, existing == nil { errors.add(field: "apiKey", "Enter the API key from your GOV.UK Notify service") }
        else if !settings.apiKey.isEmpty, key == nil {
            errors.add(field: "apiKey", "Enter the whole API key as Notify shows it: its name, then two long ids separated by hyphens")
        }
        let baseURL = settings.baseURL.trimmingCharacters(in: .whitespaces)
        if !baseURL.isEmpty, URL(string: baseURL).map({ ["http", "https"].contains($0.scheme ?? "") && $0.host != nil }) != true {
            errors.add(field: "baseURL", "Enter Notify’s address as a web address, like \(NotifyService.defaultBaseURL)")
        }
        var templates = existing?.templates ?? [:]
        for (name, id) in settings.templates.sorted(by: { $0.key < $1.key }) {
            let id = id.trimmingCharacters(in: .whitespaces)
            guard let template = NotifyTemplate(name: name) else {
                errors.add(field: "template", "There is no template “\(name)”: use one of " + NotifyTemplate.all.map(\.name).joined(separator: ", "))
                continue
            }
            if id.isEmpty { templates[template] = nil; continue }
            if UUID(uuidString: id) == nil {
                errors.add(field: "template-\(name)", "Enter the template id for \(name) as Notify shows it, like 5f4c2b9e-8d1a-4c3b-9e2f-7a6b5c4d3e2f")
            }
            templates[template] = id.lowercased()
        }
        try errors.check()

        let service = existing ?? NotifyService()
        let before = existing.map(auditFields)
        service.organisationID = organisationID
        if let key {
            service.keyName = key.name
            service.serviceID = key.serviceID
            service.sealedKey = try key.sealed(with: secret)
        }
        service.baseURL = baseURL.isEmpty ? NotifyService.defaultBaseURL : baseURL
        service.setTemplates(templates)
        service.updatedAt = now
        service.updatedBy = actor.name
        var callbackToken: String?
        if service.callbackTokenHash == nil {
            let token = APITokenSecret.generate()
            service.callbackTokenHash = token.hash
            callbackToken = token.value
        }
        try await db.transaction { db in
            try await service.save(on: db)
            try await AuditRegister.record(existing == nil ? .created : .updated, entity: "notify-service", entityID: service.requireID().uuidString,
                                           organisationID: organisationID, before: before, after: auditFields(service), by: actor, at: now, on: db)
        }
        return (service, callbackToken)
    }

    /// Replaces the token Notify sends with delivery receipts; returns the new one, shown once.
    public static func replaceCallbackToken(of service: NotifyService, by actor: Actor, at now: Date, on db: any Database) async throws -> String {
        let token = APITokenSecret.generate()
        service.callbackTokenHash = token.hash
        service.updatedAt = now
        service.updatedBy = actor.name
        try await db.transaction { db in
            try await service.save(on: db)
            try await AuditRegister.record(.updated, entity: "notify-service", entityID: service.requireID().uuidString, organisationID: service.organisationID,
                                           before: nil, after: ["callbackToken": "replaced"], by: actor, at: now, on: db)
        }
        return token.value
    }

    /// The service whose delivery receipts carry this bearer token.
    public static func service(forCallbackToken token: String, on db: any Database) async throws -> NotifyService? {
        guard !token.isEmpty else { return nil }
        return try await NotifyService.query(on: db).filter(\.$callbackTokenHash == APITokenSecret.hash(token)).first()
    }

    /// What the audit trail keeps: never the key itself.
    private static func auditFields(_ service: NotifyService) -> [String: String] {
        ["keyName": service.keyName, "serviceID": service.serviceID, "baseURL": service.baseURL, "templates": service.templateJSON]
    }
}
