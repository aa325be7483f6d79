import Fluent
import GuildhallCore
import Vapor

extension Application {
    /// What `serve` does before it listens: migrate, make sure there is a signing key, and seed
    /// the demo council into an empty database. Returns the demo password when it seeded.
    @discardableResult
    public func prepareForServing() async throws -> String? {
        try await migrateNamingEach()
        try await loadSecret()
        let configuration = guildhall.configuration
        guard configuration.seedDemo else { return nil }
        let password = configuration.demoPassword ?? Self.readablePassword()
        let seeded = try await DemoCouncil.seedIfEmpty(
            password: password, hashPassword: hashPassword, at: configuration.clock(), on: db, render: StatementSubmission.render)
        return seeded ? password : nil
    }

    /// Applies pending migrations, with one line in the log for each where Fluent would write
    /// two, and returns their names.
    @discardableResult
    func migrateNamingEach() async throws -> [String] {
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get().map(\.0.name)
        try await autoMigrate()
        for name in pending {
            logger.info("Applied migration \(name)")
        }
        return pending
    }

    /// Uses GUILDHALL_SECRET, or the key kept in the database, or makes and keeps a new one.
    /// Every node of an installation reads the same key, so a form from one is good on another.
    func loadSecret() async throws {
        if guildhall.secret.withLockedValue({ $0 }) != nil { return }
        let key = "signing-secret"
        if try await Setting.find(key, on: db) == nil {
            let bytes = (0..<48).map { _ in UInt8.random(in: .min ... .max) }
            do {
                try await Setting(key: key, value: Data(bytes).base64EncodedString()).create(on: db)
            } catch {
                // Another node made it first; theirs is read below.
                logger.debug("Signing key already created elsewhere: \(error)")
            }
        }
        let secret = try await Setting.find(key, on: db)?.value
        guildhall.secret.withLockedValue { $0 = secret }
    }

    private static func readablePassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        let groups = (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement()! }) }
        return groups.joined(separator: "-")
    }
}
