import FluentKit
import Foundation

/// One message to a resident or an officer, written in the same transaction as the change that
/// causes it and sent afterwards by the deliverer.
public final class OutboxMessage: Model, @unchecked Sendable {
    public static let schema = "outbox_messages"

    public enum Status: String, CaseIterable, Codable, Sendable {
        /// Waiting to be sent, or to be tried again.
        case pending
        /// Accepted by GOV.UK Notify, or written to the log when Notify is not set up.
        case sent
        /// Notify says it reached the inbox or phone.
        case delivered
        /// Refused, given up on, or reported undeliverable: `reason` says which.
        case failed

        public var label: String {
            switch self {
            case .pending: "Pending"
            case .sent: "Sent"
            case .delivered: "Delivered"
            case .failed: "Failed"
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Enum(key: "event") public var event: NotificationEvent
    @Enum(key: "channel") public var channel: NotificationChannel
    /// An email address or a phone number.
    @Field(key: "recipient") public var recipient: String
    @Field(key: "recipient_name") public var recipientName: String
    @OptionalField(key: "case_id") public var caseID: UUID?
    /// The resident whose record the address came from, if any.
    @OptionalField(key: "resident_id") public var residentID: UUID?
    /// The member of staff it is for, if any.
    @OptionalField(key: "user_id") public var userID: UUID?
    /// Notify's `reference`: the case reference, or for a digest the digest's name and day.
    @Field(key: "reference") public var reference: String
    /// `Personalisation` as JSON; links in it are paths, made whole when the message is sent.
    @Field(key: "personalisation") public var personalisationJSON: String
    @Enum(key: "status") public var status: Status
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "next_attempt_at") public var nextAttemptAt: Date?
    /// When the current run of tries began: the deliverer gives up a day after it.
    @Field(key: "tries_since") public var triesSince: Date
    @OptionalField(key: "reason") public var reason: String?
    /// `notify` or `log`.
    @OptionalField(key: "sent_via") public var sentVia: String?
    /// The id Notify gave the message, which its delivery receipts name.
    @OptionalField(key: "notify_id") public var notifyID: String?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "sent_at") public var sentAt: Date?
    /// When it was delivered or failed for good.
    @OptionalField(key: "settled_at") public var settledAt: Date?

    public init() {}

    public var personalisation: Personalisation {
        (try? JSONDecoder().decode(Personalisation.self, from: Data(personalisationJSON.utf8))) ?? Personalisation()
    }
}

/// The values a template's fields are filled with: text, or a list of lines (shown by Notify as
/// bullets). Fields whose names end in `url` hold a path on the site until the message is sent.
public struct Personalisation: Codable, Equatable, Sendable {
    public enum Value: Codable, Equatable, Sendable {
        case text(String)
        case list([String])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) { self = .list(list) } else { self = .text(try container.decode(String.self)) }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .list(let list): try container.encode(list)
            }
        }

        public var text: String {
            switch self {
            case .text(let text): text
            case .list(let list): list.joined(separator: "\n")
            }
        }
    }

    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: Value].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    public subscript(field: String) -> String? { values[field]?.text }

    /// The links made whole against the site's public address.
    public func linked(to publicURL: String) -> Personalisation {
        let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        return Personalisation(values.reduce(into: [:]) { result, entry in
            guard entry.key.hasSuffix("url"), case .text(let path) = entry.value, path.hasPrefix("/") else { result[entry.key] = entry.value; return }
            result[entry.key] = .text(base + path)
        })
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
