import GuildhallCore
import Vapor

/// GOV.UK Notify's callback with the delivery status of each message it accepted. Notify sends
/// the bearer token the organisation's Notify page made; the token says whose message it is.
enum DeliveryReceiptsController {
    struct Receipt: Content {
        var id: String
        var status: String
    }

    static func record(req: Request) async throws -> Response {
        guard let token = req.headers.bearerAuthorization?.token,
              let service = try await NotifyRegister.service(forCallbackToken: token, on: req.db)
        else { throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "Send the callback bearer token from the Notify page.") }
        guard let receipt = try? req.content.decode(Receipt.self) else {
            throw Abort(.badRequest, reason: "Send Notify's delivery receipt as JSON with its id and status.")
        }
        do {
            try await DeliveryReceipts.record(status: receipt.status, notifyID: receipt.id, for: service, at: req.now, on: req.db)
        } catch DeliveryReceipts.Problem.unknownStatus(let status) {
            throw Abort(.badRequest, reason: "“\(status)” is not a delivery status: use delivered, permanent-failure, temporary-failure or technical-failure.")
        } catch DeliveryReceipts.Problem.unknownMessage(let id) {
            throw Abort(.notFound, reason: "No message sent through this Notify service has the id \(id).")
        }
        return Response(status: .noContent)
    }
}
