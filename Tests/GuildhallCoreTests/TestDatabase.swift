import FluentKit
import GuildhallCore
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A migrated database for one test: in-memory SQLite, or a schema of its own on the PostgreSQL
/// server that TEST_DATABASE_URL names.
func withDatabase(_ body: (any Database) async throws -> Void) async throws {
    let logger = Logger(label: "guildhall.core-tests")
    let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
    let schema = "core_" + UUID().uuidString.prefix(12).lowercased()
    let postgresURL = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    if let postgresURL {
        var configuration = try SQLPostgresConfiguration(url: postgresURL)
        configuration.searchPath = [schema]
        databases.use(.postgres(configuration: configuration), as: .psql)
    } else {
        databases.use(.sqlite(.memory), as: .sqlite)
    }
    let db = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!
    func finish() async {
        if postgresURL != nil {
            try? await (db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        await databases.shutdownAsync()
    }
    do {
        if postgresURL != nil {
            try await (db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        let migrations = Migrations()
        migrations.add(GuildhallMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        try await body(db)
    } catch {
        await finish()
        throw error
    }
    await finish()
}



/// Hashing for tests: not bcrypt, because the domain takes the hash function as a parameter
/// and these tests are about the domain's rules, not about password storage.
func testHash(_ password: String) -> String { "hashed:" + password }
