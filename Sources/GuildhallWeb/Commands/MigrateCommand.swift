import Vapor

/// Applies pending migrations without asking, so deployments can run it unattended.
struct GuildhallMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Applies pending migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let applied = try await context.application.migrateNamingEach()
        context.console.print(applied.isEmpty
            ? "The database is up to date."
            : "Applied \(applied.count) migration\(applied.count == 1 ? "" : "s"); the database is up to date.")
    }
}
