import GuildhallCore
import Vapor

/// `guildhall org add --slug S --name N --tier T [--gss CODE]`
struct OrgCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "slug", help: "Short name for web addresses, like wyvern-vale")
        var slug: String?
        @Option(name: "name", help: "The organisation's name")
        var name: String?
        @Option(name: "tier", help: "county, district, unitary, partner or central")
        var tier: String?
        @Option(name: "gss", help: "GSS code, like E07000011")
        var gss: String?
    }

    var help: String { "Adds an organisation: a council, a partner or the central department." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw CommandFailure("unknown action \(signature.action): use org add") }
        let app = context.application
        try await app.autoMigrate()
        let draft = OrganisationDraft(slug: signature.slug ?? "", name: signature.name ?? "", tier: signature.tier ?? "", gssCode: signature.gss ?? "")
        do {
            let organisation = try await OrganisationRegister.add(draft, by: .commandLine, at: app.guildhall.configuration.clock(), on: app.db)
            context.console.print("Added \(organisation.name) (\(organisation.slug), \(organisation.tier.rawValue))")
        } catch let errors as FieldErrors {
            throw CommandFailure(errors, flags: ["slug": "slug", "name": "name", "tier": "tier", "gssCode": "gss"])
        }
    }
}
