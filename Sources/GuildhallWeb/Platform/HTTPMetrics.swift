import Prometheus
import Vapor

/// Request counts and latency histograms by route, in Prometheus's text format at `/metrics`.
/// Each application has its own registry, so several in one process (as in tests) stay apart.
struct HTTPMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    nonisolated(unsafe) private static let requests = MetricNameDescriptor(
        namespace: "guildhall", metricName: "http_requests", unitName: "total",
        helpText: "HTTP requests answered, by method, route and status.")
    nonisolated(unsafe) private static let duration = MetricNameDescriptor(
        namespace: "guildhall", metricName: "http_request_duration", unitName: "seconds",
        helpText: "Time to answer an HTTP request, by method and route.")
    private static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
    ]

    func record(method: String, route: String, status: UInt, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("method", method), ("route", route)], buckets: Self.buckets).record(duration)
    }

    func exposition() -> String { registry.emitToString() }
}

struct MetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let status: UInt
        do {
            let response = try await next.respond(to: request)
            status = response.status.code
            record(request, status: status, since: start)
            return response
        } catch {
            record(request, status: (error as? any AbortError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    private func record(_ request: Request, status: UInt, since start: ContinuousClock.Instant) {
        // The route's pattern, never the path itself, so ids do not multiply the series; an
        // audience's catch-all is no route of its own.
        let route = request.route.flatMap { route in
            route.path.last == .catchall ? nil : "/" + route.path.map(\.description).joined(separator: "/")
        } ?? "unmatched"
        request.application.guildhall.metrics.record(
            method: request.method.rawValue, route: route, status: status, duration: ContinuousClock.now - start)
    }
}
