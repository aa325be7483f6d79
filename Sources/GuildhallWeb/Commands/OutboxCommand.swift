import GuildhallCore
import Vapor

/// `guildhall outbox run [--once]`: delivers pending notifications, as `serve` also does; with
/// `--once`, what is due now, then stops.
struct OutboxCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "run")
        var action: String
        @Flag(name: "once", help: "Deliver what is due now, then stop")
        var once: Bool
    }

    var help: String { "Delivers pending notifications." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "run" else { throw CommandFailure("unknown action \(signature.action): use outbox run") }
        let app = context.application
        try await app.autoMigrate()
        try await app.loadSecret()
        if signature.once {
            let tried = try await app.outboxDeliverer.deliverDue(on: app.db)
            context.console.print("Tried \(tried) notification\(tried == 1 ? "" : "s")")
            return
        }
        context.console.print("Delivering notifications; stop with Ctrl-C")
        await OutboxDelivery().run(app)
    }
}
