import GuildhallCore
import Vapor

/// The outbox page, and retrying a failed message.
enum OutboxController {
    static func index(req: Request) async throws -> Response {
        let staff = try req.staff
        let status = (try? req.query.get(String.self, at: "status")).flatMap(OutboxMessage.Status.init(rawValue:))
        let (messages, paging) = try await Outbox.page(status, in: staff.organisationID, requested: try? req.query.get(Int.self, at: "page"), on: req.db)
        let references = try await Outbox.caseReferences(of: messages, on: req.db)
        let rows = try messages.map { message in
            OutboxPages.Row(id: try message.requireID(), createdAt: message.createdAt, event: message.event, channel: message.channel,
                            recipient: message.recipient, recipientName: message.recipientName, reference: message.reference, caseReference: message.caseID.flatMap { references[$0] },
                            status: message.status, attempts: message.attempts, reason: message.reason, sentVia: message.sentVia)
        }
        let model = OutboxPages.Model(
            organisation: staff.organisation.name, notifyIsSetUp: try await NotifyRegister.find(for: staff.organisationID, on: req.db) != nil,
            status: status, counts: try await Outbox.counts(in: staff.organisationID, on: req.db), rows: rows, paging: paging)
        return OutboxPages.index(await req.page("Outbox"), model).response()
    }

    static func retry(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let id = req.parameters.get(.message), let message = try await Outbox.find(id, in: staff.organisationID, on: req.db) else {
            throw Abort(.notFound)
        }
        try await Outbox.retry(message, at: req.now, on: req.db)
        StaffSession.flash("The message to \(message.recipient) will be sent again within a few seconds", on: req)
        return req.redirect(to: SiteURL.staff(.admin(.outbox)).path(query: ["status": OutboxMessage.Status.pending.rawValue]))
    }
}
