import FluentKit
import SQLKit
import Vapor

enum OperationsController {
    /// 200 when the database answers a query, 503 when it does not.
    static func health(req: Request) async throws -> Response {
        do {
            guard let sql = req.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            _ = try await sql.raw("SELECT 1 AS ok").all()
            return Response(status: .ok, body: .init(string: "ok\n"))
        } catch {
            req.logger.error("Health check failed: the database did not answer", metadata: ["error": .string(String(describing: error))])
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable\n"))
        }
    }

    static func metrics(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: req.application.guildhall.metrics.exposition()))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return response
    }

    static func asset(req: Request) async throws -> Response {
        guard let name = req.parameters.get(.asset), let file = try req.application.guildhall.assets.assets().file(named: name) else {
            throw Abort(.notFound)
        }
        let response = Response(status: .ok, body: .init(buffer: file.contents))
        response.headers.contentType = file.contentType
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return response
    }
}

/// What operators and browsers fetch: health, metrics and the fingerprinted assets; and where
/// GOV.UK Notify sends its delivery receipts.
enum OperationsRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.operations(.healthz).pathComponents, use: OperationsController.health)
        routes.get(SiteURL.operations(.metrics).pathComponents, use: OperationsController.metrics)
        routes.get(SiteURL.operations(.asset(.key)).pathComponents, use: OperationsController.asset)
        routes.post(SiteURL.operations(.deliveryReceipts).pathComponents, use: DeliveryReceiptsController.record)
    }
}
