import Foundation
import GuildhallCore
import Vapor

/// `guildhall import catalogue FILE --org S` and `guildhall import lgsl FILE`
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "catalogue or lgsl")
        var kind: String
        @Argument(name: "file", help: "The CSV file to import")
        var file: String
        @Option(name: "org", help: "Organisation slug (for a catalogue)")
        var org: String?
    }

    var help: String { "Imports a catalogue CSV into an organisation, or a Local Government Service List, all or nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CommandFailure("cannot read \(signature.file)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(signature.file) is not UTF-8 text") }
        do {
            switch signature.kind {
            case "catalogue":
                let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
                let summary = try await ImportRegister.apply(text, to: organisation.requireID(), by: .commandLine, at: app.guildhall.configuration.clock(), on: app.db)
                context.console.print("Imported into \(organisation.name): \(summary.added) added, \(summary.changed) changed, \(summary.unchanged) unchanged")
            case "lgsl":
                let (added, updated) = try await LGSLRegister.load(try LGSLRegister.parse(text), on: app.db)
                context.console.print("Service list loaded: \(added) added, \(updated) updated")
            default:
                throw CommandFailure("unknown kind \(signature.kind): use import catalogue or import lgsl")
            }
        } catch let rejected as ImportRejected {
            throw CommandFailure(rejected.description)
        }
    }
}
