import GuildhallCore
import Vapor

/// `guildhall open311 key add --org S --name LABEL`: prints the new key once.
struct Open311Command: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "noun", help: "key")
        var noun: String
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "org", help: "Short name of the council or partner whose requests the application makes")
        var org: String?
        @Option(name: "name", help: "The client application, like FixMyStreet")
        var name: String?
    }

    var help: String { "Issues an Open311 API key for a client application, and prints it once." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.noun == "key", signature.action == "add" else {
            throw CommandFailure("unknown action \(signature.noun) \(signature.action): use open311 key add")
        }
        let app = context.application
        try await app.autoMigrate()
        let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
        do {
            let (_, secret) = try await Open311KeyRegister.issue(named: signature.name ?? "", for: organisation, by: .commandLine,
                                                                  at: app.guildhall.configuration.clock(), on: app.db)
            context.console.print(secret.value)
        } catch let errors as FieldErrors {
            throw CommandFailure(errors, flags: ["name": "name", "organisation": "org"])
        }
    }
}
