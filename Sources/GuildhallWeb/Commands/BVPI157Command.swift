import Foundation
import GuildhallCore
import Vapor

/// `guildhall bvpi157 --org S [--on YYYY-MM-DD] [--json]`
struct BVPI157Command: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "org", help: "Organisation slug")
        var org: String?
        @Option(name: "on", help: "The date the figures are as at, YYYY-MM-DD (default today)")
        var on: String?
        @Flag(name: "json", help: "Print the API's JSON")
        var json: Bool
    }

    var help: String { "Prints BVPI 157 for an organisation as at a date." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
        let day = try OrganisationLookup.day(signature.on, default: CalendarDay(app.guildhall.configuration.clock()))
        let report = try await BVPI157.report(for: organisation, on: day, on: app.db)
        if signature.json {
            context.console.output(try report.json().consoleText())
            return
        }
        func line(_ label: String, _ figure: Figure) -> String {
            "\(label.padding(toLength: 50, withPad: " ", startingAt: 0)) \(String(figure.eEnabled).leftPad(6)) / \(String(figure.applicable).leftPad(6))  \(figure.percent.map { String(format: "%6.2f%%", $0) } ?? "   n/a")"
        }
        var lines = ["BVPI 157 for \(organisation.name) on \(day)", line("Overall", report.overall)] + (report.verified.map { [line("Verified", $0)] } ?? []) + ["", "By interaction type"]
        lines += report.byInteractionType.map { line("\($0.type.code). \($0.type.label)".prefix(50).description, $0.figure) }
        lines += ["", "By division"] + report.byDivision.map { line($0.division, $0.figure) }
        context.console.output(lines.joined(separator: "\n").consoleText())
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
