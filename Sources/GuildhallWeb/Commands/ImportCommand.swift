import Foundation
import GuildhallCore
import Vapor

/// `guildhall import catalogue FILE --org S`, `guildhall import lgsl FILE` and
/// `guildhall import bank-holidays FILE`
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "catalogue, lgsl or bank-holidays")
        var kind: String
        @Argument(name: "file", help: "The file to import: CSV, or GOV.UK's bank-holidays.json")
        var file: String
        @Option(name: "org", help: "Organisation slug (for a catalogue)")
        var org: String?
    }

    var help: String { "Imports a catalogue CSV into an organisation, a Local Government Service List, or the bank holidays, all or nothing." }

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
            case "bank-holidays":
                let days = try BankHolidays.parse(data)
                try await BankHolidays.replace(with: days, on: app.db)
                context.console.print("Bank holidays replaced: \(days.count) in England and Wales, from \(days.first!.longDescription) to \(days.last!.longDescription)")
            default:
                throw CommandFailure("unknown kind \(signature.kind): use import catalogue, import lgsl or import bank-holidays")
            }
        } catch let rejected as ImportRejected {
            throw CommandFailure(rejected.description)
        } catch let problem as BankHolidays.Problem {
            throw CommandFailure("\(signature.file): \(problem.description)")
        }
    }
}
