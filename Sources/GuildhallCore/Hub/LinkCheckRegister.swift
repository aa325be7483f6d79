import FluentKit
import Foundation
import SQLKit

/// What fetching a URL gave: its HTTP status, or why there was none.
public struct LinkAnswer: Sendable, Equatable {
    public var status: Int?
    public var problem: String?

    public init(status: Int?, problem: String? = nil) {
        self.status = status
        self.problem = problem
    }

    public var isOK: Bool { status.map { (200..<300).contains($0) } ?? false }
}

/// Checking the evidence URLs of e-enabled interactions, and recording every result.
public enum LinkCheckRegister {
    public typealias Fetch = @Sendable (URL) async -> LinkAnswer

    public struct Result: Sendable, Equatable {
        public var service: String
        public var type: InteractionType
        public var url: String
        public var answer: LinkAnswer
    }

    /// Checks every evidence URL of the organisation's applicable interactions (or every
    /// organisation's, when none is named) with `fetch`, and records each result.
    public static func checkAll(in organisationID: UUID?, using fetch: Fetch, at now: Date, on db: any Database) async throws -> [Result] {
        let query = Interaction.query(on: db).filter(\.$applicable == true).filter(\.$evidenceURL != nil).with(\.$service)
        if let organisationID { query.filter(\.$organisation.$id == organisationID) }
        var results: [Result] = []
        for interaction in try await query.all() {
            guard let text = interaction.evidenceURL, !text.isEmpty else { continue }
            let answer: LinkAnswer
            if let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? "") {
                answer = await fetch(url)
            } else {
                answer = LinkAnswer(status: nil, problem: "Not a web address")
            }
            let check = LinkCheck()
            check.organisationID = interaction.$organisation.id
            check.interactionID = try interaction.requireID()
            check.url = text
            check.checkedAt = now
            check.checkedOn = CalendarDay(now)
            check.status = answer.status
            check.ok = answer.isOK
            check.problem = answer.isOK ? nil : (answer.problem ?? answer.status.map { "Answered with status \($0)" })
            try await check.create(on: db)
            results.append(Result(service: interaction.service.name, type: interaction.type, url: text, answer: answer))
        }
        return results
    }

    /// The latest check of each of these interactions made on or before `day`.
    public static func latest(for interactionIDs: [UUID], on day: CalendarDay, on db: any Database) async throws -> [UUID: LinkCheck] {
        guard !interactionIDs.isEmpty else { return [:] }
        let checks = try await LinkCheck.query(on: db).filter(\.$interactionID ~~ interactionIDs).filter(\.$checkedOn <= day)
            .sort(\.$checkedAt).all()
        var latest: [UUID: LinkCheck] = [:]
        for check in checks { latest[check.interactionID] = check }
        return latest
    }
}
