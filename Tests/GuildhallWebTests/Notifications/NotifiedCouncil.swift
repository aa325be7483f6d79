import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

/// The pothole council sending through a fake GOV.UK Notify, set up with `guildhall notify
/// configure` and a template for every event, with a Highways officer and a front-office agent.
struct NotifiedCouncil {
    var pothole: PotholeCouncil
    var highways: Division
    var officer: User
    var agent: Browser
    /// The callback token Notify is to send with delivery receipts.
    var callbackToken: String

    /// Each template's id: `…0001` for case-received's email, and so on in the order they are listed.
    static func template(_ event: NotificationEvent, _ channel: NotificationChannel = .email) -> String {
        let index = NotifyTemplate.all.firstIndex(of: NotifyTemplate(event: event, channel: channel))! + 1
        return "00000000-0000-4000-8000-" + String(format: "%012d", index)
    }

    static func make(_ app: Application, notify: FakeNotify) async throws -> NotifiedCouncil {
        let pothole = try await PotholeCouncil.make(app)
        let highways = try #require(try await DivisionRegister.find(named: "Highways", in: pothole.council.requireID(), on: app.db))
        let officer = try await Fixtures.user(app, "officer@wyvern.example", roles: [.backOffice], in: pothole.council, division: highways)
        try await Fixtures.user(app, "agent@wyvern.example", roles: [.frontOffice], in: pothole.council)
        let agent = Browser(app)
        try await agent.signIn("agent@wyvern.example")
        let output = try await run(app, ["notify", "configure", "--org", "wyvern-vale", "--api-key", FakeNotify.apiKey, "--base-url", notify.url]
            + NotifyTemplate.all.flatMap { ["--template", "\($0.name)=\(template($0.event, $0.channel))"] })
        let token = try #require(output.split(separator: "\n").last.map(String.init))
        #expect(output.contains("service \(FakeNotify.serviceID)") && token.hasPrefix("gh_"), "\(output)")
        return NotifiedCouncil(pothole: pothole, highways: highways, officer: officer, agent: agent, callbackToken: token)
    }

    static func run(_ app: Application, _ arguments: [String]) async throws -> String {
        let console = RecordingConsole()
        app.console = console
        app.environment.arguments = ["guildhall"] + arguments
        try await app.execute()
        return console.text
    }

    /// A case reported through FixMyStreet by Jane, who gave her email address.
    func report(_ title: String = "Deep pothole outside the school") async throws -> Case {
        let created = try await pothole.fixMyStreet.post("requests.xml", PotholeCouncil.report(title: title))
        #expect(created.status == .created, "\(created.body.string)")
        let reference = try #require(try FixMyStreet.xml(created).first("request")?["service_request_id"])
        return try #require(try await CaseRegister.find(reference: reference, in: pothole.council.requireID(), on: pothole.fixMyStreet.app.db))
    }
}
