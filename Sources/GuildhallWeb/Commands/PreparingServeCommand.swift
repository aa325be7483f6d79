import GuildhallCore
import Vapor

/// Vapor's `serve`, after migrating, keying and seeding the demo council, and telling the person
/// who started it how to sign in.
struct PreparingServeCommand: AsyncCommand {
    let serve: ServeCommand

    var help: String { "Migrates the database, seeds the demo council into an empty one, and serves." }

    func run(using context: CommandContext, signature: ServeCommand.Signature) async throws {
        let app = context.application
        _ = try app.guildhall.assets.assets()
        let password = try await app.prepareForServing()
        try ServingJobs().start(app)
        if app.guildhall.configuration.seedDemo {
            context.console.print(DemoNotice.text(signInPath: SiteURL.staff(.signIn).path, password: password))
        }
        try await serve.run(using: context, signature: signature)
    }
}

enum DemoNotice {
    static func text(signInPath: String, password: String?) -> String {
        var lines = ["", "Guildhall demo: \(DemoCouncil.name)", "Sign in at \(signInPath) on the address below as any of:"]
        for account in DemoCouncil.accounts {
            lines.append("  \(account.email.padding(toLength: 40, withPad: " ", startingAt: 0)) \(account.role.label)")
        }
        if let password {
            lines.append("Password for every demo account: \(password)")
            lines.append("(Shown once. Set GUILDHALL_DEMO_PASSWORD before the first start to choose it.)")
        } else {
            lines.append("Use the password printed when the demo was first seeded.")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
