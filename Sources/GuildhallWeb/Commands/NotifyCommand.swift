import GuildhallCore
import Vapor

/// `guildhall notify configure --org S --api-key KEY [--base-url URL] --template EVENT=TEMPLATE_ID …`:
/// sends the organisation's messages through its GOV.UK Notify service. `--template` may be given
/// once for each event.
struct NotifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "configure")
        var action: String
        @Option(name: "org", help: "Short name of the organisation whose Notify service it is")
        var org: String?
        @Option(name: "api-key", help: "The API key from the Notify service's API integration page")
        var apiKey: String?
        @Option(name: "base-url", help: "Notify's address; Notify's own when left out")
        var baseURL: String?
        @Option(name: "template", help: "NAME=TEMPLATE_ID, once for each template: " + NotifyTemplate.all.map(\.name).joined(separator: ", "))
        var template: String?
    }

    var help: String { "Sends an organisation's notifications through GOV.UK Notify." }

    func run(using context: inout CommandContext) async throws {
        // Every --template is taken here, since an option is otherwise read only once.
        var templates: [String] = []
        var arguments = context.input.arguments
        while let index = arguments.firstIndex(of: "--template") {
            guard arguments.indices.contains(index + 1) else { throw CommandFailure("--template: give EVENT=TEMPLATE_ID") }
            templates.append(arguments[index + 1])
            arguments.removeSubrange(index...(index + 1))
        }
        context.input.arguments = arguments
        let signature = try Signature(from: &context.input)
        guard context.input.arguments.isEmpty else { throw CommandFailure("unexpected \(context.input.arguments.joined(separator: " "))") }
        try await configure(using: context, signature: signature, templates: templates)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await configure(using: context, signature: signature, templates: signature.template.map { [$0] } ?? [])
    }

    private func configure(using context: CommandContext, signature: Signature, templates: [String]) async throws {
        guard signature.action == "configure" else { throw CommandFailure("unknown action \(signature.action): use notify configure") }
        var pairs: [String: String] = [:]
        for template in templates {
            let parts = template.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CommandFailure("--template: write \(template) as EVENT=TEMPLATE_ID") }
            pairs[parts[0]] = parts[1]
        }
        let app = context.application
        try await app.autoMigrate()
        try await app.loadSecret()
        let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
        do {
            let (service, token) = try await NotifyRegister.configure(
                .init(apiKey: signature.apiKey ?? "", baseURL: signature.baseURL ?? "", templates: pairs), for: organisation.requireID(),
                secret: app.installationSecret, by: .commandLine, at: app.guildhall.configuration.clock(), on: app.db)
            context.console.print("\(organisation.name) sends notifications through GOV.UK Notify service \(service.serviceID) at \(service.baseURL)")
            let missing = NotifyTemplate.all.filter { service.templates[$0] == nil }
            if !missing.isEmpty { context.console.print("No template yet for: " + missing.map(\.name).joined(separator: ", ")) }
            if let token {
                context.console.print("Delivery receipts: give Notify the callback URL \(app.guildhall.configuration.publicURL)\(SiteURL.operations(.deliveryReceipts).path) and this bearer token, shown once:")
                context.console.print(token)
            }
        } catch let errors as FieldErrors {
            throw CommandFailure(errors, flags: ["apiKey": "api-key", "baseURL": "base-url", "template": "template"]
                .merging(NotifyTemplate.all.map { ("template-\($0.name)", "template") }) { a, _ in a })
        }
    }
}
