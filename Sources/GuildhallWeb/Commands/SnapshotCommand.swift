import Foundation
import GuildhallCore
import Vapor

/// `guildhall snapshot --org S [--on YYYY-MM-DD]`: freezes BVPI 157 as at the last quarter end.
struct SnapshotCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "org", help: "Organisation slug")
        var org: String?
        @Option(name: "on", help: "The date the snapshot is as at, YYYY-MM-DD (default the last quarter end)")
        var on: String?
    }

    var help: String { "Takes a snapshot of BVPI 157 for an organisation." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let organisation = try await OrganisationLookup.require(signature.org, on: app.db)
        let now = app.guildhall.configuration.clock()
        let day = try OrganisationLookup.day(signature.on, default: CalendarDay(now).latestQuarterEnd)
        let snapshot = try await SnapshotRegister.take(of: organisation, asAt: day, by: .commandLine, at: now, on: app.db)
        let report = try SnapshotRegister.report(of: snapshot)
        context.console.print("Snapshot of \(organisation.name) as at \(day): \(report.overall.percent.map { String(format: "%.2f%%", $0) } ?? "no figure")")
    }
}
