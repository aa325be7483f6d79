import AsyncHTTPClient
import FluentKit
import Foundation
import Logging

/// Sends the outbox's due messages: through the organisation's GOV.UK Notify service when it has
/// one, otherwise to the log (so a demo needs nothing outside), and records each outcome.
public struct OutboxDeliverer: Sendable {
    public var http: HTTPClient
    /// The installation's secret, which opens the sealed Notify keys.
    public var secret: String
    /// Where residents reach the site, put in front of the links in messages.
    public var publicURL: String
    public var logger: Logger
    public var clock: @Sendable () -> Date

    public init(http: HTTPClient, secret: String, publicURL: String, logger: Logger, clock: @escaping @Sendable () -> Date) {
        self.http = http
        self.secret = secret
        self.publicURL = publicURL
        self.logger = logger
        self.clock = clock
    }

    /// Sends batches of due messages until none is left; returns how many were tried.
    @discardableResult
    public func deliverDue(on db: any Database) async throws -> Int {
        var tried = 0
        var services: [UUID: NotifyService?] = [:]
        while true {
            let batch = try await Outbox.claimDue(at: clock(), on: db)
            if batch.isEmpty { return tried }
            for message in batch {
                if services[message.organisationID] == nil {
                    services[message.organisationID] = .some(try await NotifyRegister.find(for: message.organisationID, on: db))
                }
                let outcome = await send(message, through: services[message.organisationID] ?? nil)
                try await Outbox.record(outcome, for: message, at: clock(), on: db)
                tried += 1
            }
        }
    }

    private func send(_ message: OutboxMessage, through service: NotifyService?) async -> Outbox.Outcome {
        let personalisation = message.personalisation.linked(to: publicURL)
        guard let service else {
            let fields = personalisation.values.keys.sorted().map { "\($0): \(personalisation[$0] ?? "")" }.joined(separator: "; ")
            logger.info("Notification \(message.event.rawValue) by \(message.channel.rawValue) to \(message.recipient) about \(message.reference) (GOV.UK Notify is not set up): \(fields)")
            return .sent(via: "log", notifyID: nil)
        }
        guard let key = service.key(with: secret) else {
            return .refused("The Notify API key can no longer be read, because the installation’s secret has changed: enter the key again on the Notify page")
        }
        let name = NotifyTemplate(event: message.event, channel: message.channel)
        guard let template = service.templates[name] else {
            return .refused("No Notify template is set for \(name.name): set one on the Notify page, then retry")
        }
        let outcome = await NotifyClient(http: http, baseURL: service.baseURL, key: key)
            .send(message.channel, to: message.recipient, template: template, personalisation: personalisation, reference: message.reference)
        if case .sent = outcome { return outcome }
        logger.warning("Notification \(message.event.rawValue) about \(message.reference) not sent: \(outcome)")
        return outcome
    }
}
