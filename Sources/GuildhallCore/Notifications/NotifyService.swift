import FluentKit
import Foundation

/// An organisation's GOV.UK Notify service: its sealed API key, where Notify is, and the
/// template for each event.
public final class NotifyService: Model, @unchecked Sendable {
    public static let schema = "notify_services"
    public static let defaultBaseURL = "https://api.notifications.service.gov.uk"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "key_name") public var keyName: String
    @Field(key: "service_id") public var serviceID: String
    @Field(key: "sealed_key") public var sealedKey: String
    @Field(key: "base_url") public var baseURL: String
    /// Template ids by template name, as JSON.
    @Field(key: "templates") public var templateJSON: String
    /// The SHA-256 of the bearer token Notify sends with delivery receipts.
    @OptionalField(key: "callback_token_hash") public var callbackTokenHash: String?
    @Field(key: "updated_at") public var updatedAt: Date
    @Field(key: "updated_by") public var updatedBy: String

    public init() {}

    public var templates: [NotifyTemplate: String] {
        let raw = (try? JSONDecoder().decode([String: String].self, from: Data(templateJSON.utf8))) ?? [:]
        return Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in NotifyTemplate(name: key).map { ($0, value) } })
    }

    func setTemplates(_ templates: [NotifyTemplate: String]) {
        let raw = Dictionary(uniqueKeysWithValues: templates.map { ($0.key.name, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        templateJSON = String(decoding: (try? encoder.encode(raw)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The API key, if the installation's secret still opens it.
    func key(with installationSecret: String) -> NotifyKey? {
        NotifyKey.unsealed(sealedKey, with: installationSecret)
    }
}
