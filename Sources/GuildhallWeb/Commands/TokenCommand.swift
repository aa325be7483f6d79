import GuildhallCore
import Vapor

/// `guildhall token add --user E --name LABEL`: prints the new token once.
struct TokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "user", help: "Email address of the user the token acts as")
        var user: String?
        @Option(name: "name", help: "What the token is for")
        var name: String?
    }

    var help: String { "Creates an API token that acts as a user, and prints it once." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw CommandFailure("unknown action \(signature.action): use token add") }
        let app = context.application
        try await app.autoMigrate()
        guard let email = signature.user, let user = try await StaffRegister.find(email: email, on: app.db) else {
            throw CommandFailure("--user: no staff user has the email address \(signature.user ?? "(none given)")")
        }
        guard user.isActive else { throw CommandFailure("--user: \(user.email)'s account is closed") }
        do {
            let (_, secret) = try await APITokenRegister.issue(named: signature.name ?? "", for: user, by: .commandLine, at: app.guildhall.configuration.clock(), on: app.db)
            context.console.print(secret.value)
        } catch let errors as FieldErrors {
            throw CommandFailure(errors, flags: ["name": "name"])
        }
    }
}
