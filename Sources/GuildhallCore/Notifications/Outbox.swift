import FluentKit
import Foundation
import SQLKit

/// Writing messages to the outbox, claiming the due ones for sending, and recording what became
/// of each.
public enum Outbox {
    /// Where a message goes and who it is for.
    public struct Recipient: Sendable, Equatable {
        public var channel: NotificationChannel
        public var address: String
        public var name: String
        public var residentID: UUID?
        public var userID: UUID?

        public init(channel: NotificationChannel, address: String, name: String, residentID: UUID? = nil, userID: UUID? = nil) {
            self.channel = channel
            self.address = address
            self.name = name
            self.residentID = residentID
            self.userID = userID
        }
    }

    /// How long a claimed message is left to its node before another may try it.
    static let lease: TimeInterval = 300
    /// How long a run of tries lasts before the deliverer gives up.
    public static let givingUpAfter: TimeInterval = 24 * 3600

    /// Writes a message, due at once. Call it inside the transaction that makes the change.
    static func write(_ event: NotificationEvent, to recipient: Recipient, organisationID: UUID, caseID: UUID?, reference: String,
                      personalisation: Personalisation, at now: Date, on db: any Database) async throws {
        let message = OutboxMessage()
        message.organisationID = organisationID
        message.event = event
        message.channel = recipient.channel
        message.recipient = recipient.address
        message.recipientName = recipient.name
        message.caseID = caseID
        message.residentID = recipient.residentID
        message.userID = recipient.userID
        message.reference = reference
        message.personalisationJSON = personalisation.json
        message.status = .pending
        message.attempts = 0
        message.nextAttemptAt = now
        message.triesSince = now
        message.createdAt = now
        try await message.create(on: db)
    }

    /// Claims up to `limit` due messages for this node: each is leased for a few minutes, so no
    /// other node (on PostgreSQL, they skip rows locked by each other's claims) sends it too.
    public static func claimDue(at now: Date, limit: Int = 20, on db: any Database) async throws -> [OutboxMessage] {
        guard let sql = db as? any SQLDatabase else { return [] }
        // Mostly there is nothing due: finding that out takes a read, not a write.
        guard try await OutboxMessage.query(on: db).filter(\.$status == .pending).filter(\.$nextAttemptAt <= now).first() != nil else { return [] }
        let skipLocked: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let ids = try await sql.raw("""
            UPDATE outbox_messages SET next_attempt_at = \(bind: now.addingTimeInterval(lease)), attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_messages WHERE status = 'pending' AND next_attempt_at <= \(bind: now)
                         ORDER BY next_attempt_at LIMIT \(literal: limit)\(skipLocked))
            RETURNING id
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$id ~~ ids).sort(\.$createdAt).all()
    }

    /// What happened when a message was tried.
    public enum Outcome: Sendable, Equatable {
        /// Accepted; Notify's id for it when Notify took it.
        case sent(via: String, notifyID: String?)
        /// Refused for a reason trying again will not mend.
        case refused(String)
        /// Failed for now: a timeout, a server error or too many requests.
        case retry(String)
    }

    /// Records an outcome. A message to retry waits 30 seconds, then four times as long after
    /// each try, up to an hour; after a day of tries it has failed.
    public static func record(_ outcome: Outcome, for message: OutboxMessage, at now: Date, on db: any Database) async throws {
        switch outcome {
        case .sent(let via, let notifyID):
            message.status = .sent
            message.sentVia = via
            message.notifyID = notifyID
            message.sentAt = now
            message.nextAttemptAt = nil
            message.reason = nil
        case .refused(let reason):
            message.status = .failed
            message.reason = reason
            message.nextAttemptAt = nil
            message.settledAt = now
        case .retry(let reason):
            if now.timeIntervalSince(message.triesSince) >= givingUpAfter {
                message.status = .failed
                message.reason = "Gave up after \(message.attempts) tries over a day. The last: \(reason)"
                message.nextAttemptAt = nil
                message.settledAt = now
            } else {
                message.reason = reason
                message.nextAttemptAt = now.addingTimeInterval(retryDelay(afterAttempt: message.attempts))
            }
        }
        try await message.save(on: db)
    }

    /// Marks every pending message sent, as when made-up history is seeded.
    static func markAllSent(via sender: String, on db: any Database) async throws {
        try await OutboxMessage.query(on: db).filter(\.$status == .pending)
            .set(\.$status, to: .sent).set(\.$sentVia, to: sender).set(\.$nextAttemptAt, to: nil).update()
    }

    static func retryDelay(afterAttempt attempt: Int) -> TimeInterval {
        min(30 * pow(4, Double(max(attempt, 1) - 1)), 3600)
    }

    /// Tries a failed message again, at once, with a fresh day of tries.
    public static func retry(_ message: OutboxMessage, at now: Date, on db: any Database) async throws {
        guard message.status == .failed else { return }
        message.status = .pending
        message.nextAttemptAt = now
        message.triesSince = now
        message.attempts = 0
        message.settledAt = nil
        try await message.save(on: db)
    }

    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> OutboxMessage? {
        try await OutboxMessage.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    /// One page of an organisation's messages with a status, newest first.
    public static func page(_ status: OutboxMessage.Status?, in organisationID: UUID, requested: Int?, perPage: Int = 50,
                            on db: any Database) async throws -> (items: [OutboxMessage], paging: Paging) {
        let query = OutboxMessage.query(on: db).filter(\.$organisationID == organisationID)
        if let status { query.filter(\.$status == status) }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).paged(requested, perPage: perPage)
    }

    /// The references of the cases the messages are about, by case id.
    public static func caseReferences(of messages: [OutboxMessage], on db: any Database) async throws -> [UUID: String] {
        let ids = Set(messages.compactMap(\.caseID))
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await Case.query(on: db).filter(\.$id ~~ ids).all().map { (try $0.requireID(), $0.reference) })
    }

    /// How many of an organisation's messages have each status.
    public static func counts(in organisationID: UUID, on db: any Database) async throws -> [OutboxMessage.Status: Int] {
        var counts: [OutboxMessage.Status: Int] = [:]
        for status in OutboxMessage.Status.allCases {
            counts[status] = try await OutboxMessage.query(on: db).filter(\.$organisationID == organisationID).filter(\.$status == status).count()
        }
        return counts
    }

    /// The messages written about a case, oldest first.
    public static func messages(about item: Case, on db: any Database) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: db).filter(\.$caseID == item.requireID()).sort(\.$createdAt).sort(\.$id).all()
    }

    /// The resident's latest message that was tried, when it could not be delivered: a later
    /// one that was delivered means the address works again.
    public static func latestFailure(to resident: Resident, on db: any Database) async throws -> OutboxMessage? {
        let latest = try await OutboxMessage.query(on: db).filter(\.$residentID == resident.requireID()).filter(\.$status != .pending)
            .sort(\.$createdAt, .descending).sort(\.$id).first()
        return latest?.status == .failed ? latest : nil
    }
}
