import Testing
import Vapor

/// Serves the routes `routes` adds on a loopback port while `body` runs, giving it the address:
/// a stand-in for a server outside, for the product's real HTTP clients to talk to.
func withLoopbackServer(_ routes: (Application) -> Void, _ body: (String) async throws -> Void) async throws {
    let server = try await Application.make(.testing)
    server.http.server.configuration.hostname = "127.0.0.1"
    server.http.server.configuration.port = 0
    routes(server)
    try await server.server.start()
    do {
        let port = try #require(server.http.server.shared.localAddress?.port)
        try await body("http://127.0.0.1:\(port)")
    } catch {
        await server.server.shutdown()
        try await server.asyncShutdown()
        throw error
    }
    await server.server.shutdown()
    try await server.asyncShutdown()
}
