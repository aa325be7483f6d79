import Vapor

/// Applies pending migrations without asking, so deployments can run it unattended.
struct GuildhallMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Applies pending migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        context.console.print("Database is up to date.")
    }
}
