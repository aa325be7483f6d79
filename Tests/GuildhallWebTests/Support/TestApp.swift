import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor
import VaporTesting

/// A clock tests can move forward, to see what happens fifteen minutes later without waiting.
final class TestClock: Sendable {
    private let current = NIOLockedValueBox(Date(timeIntervalSince1970: 1_067_904_000)) // 4 November 2003

    var now: Date { current.withLockedValue { $0 } }

    func advance(minutes: Double) {
        current.withLockedValue { $0 = $0.addingTimeInterval(minutes * 60) }
    }

    func advance(days: Int) {
        advance(minutes: Double(days) * 24 * 60)
    }
}

/// Where the suite's databases live: in-memory SQLite always; PostgreSQL, a schema per test,
/// when TEST_DATABASE_URL is set.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Runs `body` against a fresh, migrated Guildhall with no demo data.
func withGuildhall(
    clock: TestClock = TestClock(), seedDemo: Bool = false,
    _ body: (Application, TestClock) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let schema = "test_" + UUID().uuidString.prefix(12).lowercased()
    let database: GuildhallConfiguration.DatabaseChoice = TestDatabase.postgresURL.map { .postgres(url: $0, searchPath: [schema]) } ?? .sqliteMemory
    let configuration = GuildhallConfiguration(
        database: database, seedDemo: seedDemo, demoPassword: TestPassword.value, passwordCost: 4, clock: { clock.now })
    do {
        try await configure(app, configuration)
        if case .postgres = database {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.prepareForServing()
        try await body(app, clock)
    } catch {
        await teardown(app, schema: schema, database: database)
        throw error
    }
    await teardown(app, schema: schema, database: database)
}

private func teardown(_ app: Application, schema: String, database: GuildhallConfiguration.DatabaseChoice) async {
    if case .postgres = database {
        try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

enum TestPassword {
    static let value = "correct horse battery"
}
