import GuildhallCore
import SQLKit
@testable import GuildhallWeb
import Testing
import Vapor
import VaporTesting

@Suite("Operations")
struct OperationsTests {
    @Test("Health answers 200 when the database answers")
    func healthy() async throws {
        try await withGuildhall { app, _ in
            let response = try await Browser(app).get("/healthz")
            #expect(response.status == .ok)
        }
    }

    @Test("The suite runs on PostgreSQL when TEST_DATABASE_URL names one, and on SQLite otherwise")
    func databaseUnderTest() async throws {
        try await withGuildhall { app, _ in
            let dialect = (app.db as? any SQLDatabase)?.dialect.name
            #expect(dialect == (TestDatabase.postgresURL == nil ? "sqlite" : "postgresql"))
        }
    }

    @Test("Health answers 503 when the database does not")
    func unhealthy() async throws {
        let app = try await Application.make(.testing)
        do {
            // Nothing listens on port 1, so every query fails.
            try await configure(app, GuildhallConfiguration(database: .postgres(url: "postgres://guildhall:guildhall@127.0.0.1:1/guildhall"), seedDemo: false, secret: String(repeating: "k", count: 32)))
            let response = try await Browser(app).get("/healthz")
            #expect(response.status == .serviceUnavailable)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test("Metrics count requests and time them by route pattern")
    func metrics() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let division = try await Fixtures.division(app, "Housing", in: council)
            try await Fixtures.user(app, "admin@wyvern.example", roles: [.admin], in: council)
            let browser = Browser(app)
            try await browser.get("/")
            try await browser.get("/")
            try await browser.get("/no-such-page")
            try await browser.signIn("admin@wyvern.example")
            try await browser.get("/staff/admin/divisions/\(division.id!)")

            let text = try await browser.get("/metrics").body.string
            #expect(text.contains(#"guildhall_http_requests_total{method="GET",route="/",status="200"} 2"#))
            #expect(text.contains(#"guildhall_http_requests_total{method="GET",route="unmatched",status="404"} 1"#))
            #expect(text.contains(#"route="/staff/admin/divisions/:division",status="200"} 1"#))
            #expect(!text.contains(division.id!.uuidString))
            #expect(text.contains(#"guildhall_http_request_duration_seconds_bucket{method="GET",route="/",le="0.005"}"#)
                    || text.contains(#"guildhall_http_request_duration_seconds_bucket{method="GET",route="/",le="0.05"}"#))
            #expect(text.contains(#"guildhall_http_request_duration_seconds_count{method="GET",route="/"} 2"#))
        }
    }

    @Test("Every response carries the security headers, and the session cookie is HttpOnly and SameSite")
    func securityHeaders() async throws {
        try await withGuildhall { app, _ in
            let response = try await Browser(app).get("/staff/sign-in")
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(csp.contains("script-src 'self'"))
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") == "strict-origin-when-cross-origin")
            #expect(response.headers.first(name: "X-Request-Id") != nil)
            let cookie = try #require(response.headers.first(name: .setCookie))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test("Behind TLS the session cookie is Secure")
    func secureCookieBehindTLS() async throws {
        try await withGuildhall { app, _ in
            let browser = Browser(app)
            browser.headers.add(name: "X-Forwarded-Proto", value: "https")
            let cookie = try #require(try await browser.get("/staff/sign-in").headers.first(name: .setCookie))
            #expect(cookie.contains("Secure"))
        }
    }

    @Test("Residents reading public pages get no cookie")
    func publicPagesSetNoCookie() async throws {
        try await withGuildhall { app, _ in
            let browser = Browser(app)
            for path in ["/", "/accessibility"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .setCookie) == nil)
            }
        }
    }

    @Test("Assets are served under fingerprinted names with a long cache lifetime")
    func assets() async throws {
        try await withGuildhall { app, _ in
            let browser = Browser(app)
            let html = try await browser.get("/").body.string
            let range = try #require(html.range(of: #"/assets/guildhall-[0-9a-f]{12}\.css"#, options: .regularExpression))
            let css = try await browser.get(String(html[range]))
            #expect(css.status == .ok)
            #expect(css.headers.first(name: .cacheControl)?.contains("immutable") == true)
            #expect(css.body.string.contains(".skip-link"))
            #expect(try await browser.get("/assets/guildhall-000000000000.css").status == .notFound)
        }
    }

    @Test("Unknown pages answer 404 with a page that helps")
    func notFoundPage() async throws {
        try await withGuildhall { app, _ in
            let response = try await Browser(app).get("/no-such-page")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Page not found"))
        }
    }

    @Test("The OpenAPI document describes every API route")
    func openAPIDocument() async throws {
        try await withGuildhall { app, _ in
            let response = try await Browser(app).get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
            let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
            for route in app.routes.all where route.path.first?.description == "api" && route.path.last != .catchall {
                let path = "/" + route.path.dropFirst(2).map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
                guard path != "/openapi.json" else { continue }
                #expect(paths[path]?[route.method.rawValue.lowercased()] != nil, "\(route.method) \(path) is not described")
            }
        }
    }
}
