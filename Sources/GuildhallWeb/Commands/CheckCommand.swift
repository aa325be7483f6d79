import GuildhallCore
import Vapor

/// `guildhall check links [--org S]`: checks every evidence URL and records each result.
struct CheckCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "links")
        var what: String
        @Option(name: "org", help: "Short name of the organisation whose links to check; every organisation's when left out")
        var org: String?
    }

    var help: String { "Checks the evidence URL of every e-enabled interaction and records whether it answered." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.what == "links" else { throw CommandFailure("unknown check \(signature.what): use check links") }
        let app = context.application
        try await app.autoMigrate()
        var organisation: Organisation?
        if let slug = signature.org { organisation = try await OrganisationLookup.require(slug, on: app.db) }
        let results = try await LinkCheckRegister.checkAll(in: organisation?.requireID(), using: LinkFetcher.fetch(using: app.client, logger: app.logger),
                                                           at: app.guildhall.configuration.clock(), on: app.db)
        for result in results {
            let outcome = result.answer.isOK ? "ok" : "FAILED"
            context.console.print("\(outcome) \(result.answer.status.map(String.init) ?? "---") \(result.url) (\(result.service), \(result.type.label))")
        }
        let failed = results.filter { !$0.answer.isOK }.count
        context.console.print("Checked \(results.count) address\(results.count == 1 ? "" : "es"): \(results.count - failed) answered, \(failed) failed.")
    }
}
