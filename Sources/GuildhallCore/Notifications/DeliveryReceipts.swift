import FluentKit
import Foundation

/// What GOV.UK Notify reports, by callback, about messages it accepted.
public enum DeliveryReceipts {
    public enum Problem: Error, Equatable {
        case unknownStatus(String)
        case unknownMessage(String)
    }

    /// Records a receipt for one of the service's messages: `delivered`, or one of Notify's
    /// failures, which are final.
    public static func record(status: String, notifyID: String, for service: NotifyService, at now: Date, on db: any Database) async throws {
        let reasons = [
            "permanent-failure": "The address or number does not exist, or the provider refused it for good (Notify: permanent failure)",
            "temporary-failure": "The inbox was full or the phone was off for 72 hours (Notify: temporary failure)",
            "technical-failure": "Notify could not send it because of a technical problem (Notify: technical failure)",
        ]
        guard status == "delivered" || reasons[status] != nil else { throw Problem.unknownStatus(status) }
        guard let message = try await OutboxMessage.query(on: db).filter(\.$organisationID == service.organisationID)
            .filter(\.$notifyID == notifyID).first()
        else { throw Problem.unknownMessage(notifyID) }
        message.status = status == "delivered" ? .delivered : .failed
        message.reason = reasons[status]
        message.settledAt = now
        try await message.save(on: db)
    }
}
