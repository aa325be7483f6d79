import Foundation
import GuildhallCore
import Vapor

/// `guildhall export catalogue --org S`: the catalogue CSV on standard output.
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "catalogue")
        var kind: String
        @Option(name: "org", help: "Organisation slug")
        var org: String?
    }

    var help: String { "Writes an organisation's catalogue as CSV to standard output." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.kind == "catalogue" else { throw CommandFailure("unknown kind \(signature.kind): use export catalogue") }
        let app = context.application
        try await app.autoMigrate()
        let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
        context.console.output(try await CatalogueCSV.export(organisationID: organisation.requireID(), on: app.db).consoleText(), newLine: false)
    }
}
