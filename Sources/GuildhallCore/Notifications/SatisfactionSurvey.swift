import FluentKit
import Foundation
import SQLKit

/// The one question asked when a case is closed: were you satisfied with how it was dealt with?
public final class SatisfactionSurvey: Model, @unchecked Sendable {
    public static let schema = "satisfaction_surveys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "service_id") public var serviceID: UUID
    /// The SHA-256 of the token in the link the resident was sent.
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "asked_on") public var askedOn: CalendarDay
    @OptionalField(key: "satisfied") public var satisfied: Bool?
    @OptionalField(key: "answered_at") public var answeredAt: Date?

    public init() {}
}

public enum SatisfactionRegister {
    /// Asks about the case as it is closed; returns the token for the resident's link.
    static func ask(about item: Case, on day: CalendarDay, on db: any Database) async throws -> String {
        let token = String(APITokenSecret.generate().value.dropFirst(APITokenSecret.prefix.count))
        let survey = SatisfactionSurvey()
        survey.organisationID = item.$organisation.id
        survey.caseID = try item.requireID()
        survey.serviceID = item.$service.id
        survey.tokenHash = APITokenSecret.hash(token)
        survey.askedOn = day
        try await survey.create(on: db)
        return token
    }

    /// The survey a link's token belongs to, if it is the case's with this reference.
    public static func find(token: String, reference: String, on db: any Database) async throws -> SatisfactionSurvey? {
        guard let item = try await Case.query(on: db).filter(\.$reference == CaseReference.normalise(reference)).first() else { return nil }
        return try await SatisfactionSurvey.query(on: db).filter(\.$tokenHash == APITokenSecret.hash(token)).filter(\.$caseID == item.requireID()).first()
    }

    /// Records the resident's answer; a later answer replaces an earlier one.
    public static func answer(_ survey: SatisfactionSurvey, satisfied: Bool, at now: Date, on db: any Database) async throws {
        survey.satisfied = satisfied
        survey.answeredAt = now
        try await survey.save(on: db)
    }

    /// Per service: how many were asked, answered and satisfied, for cases closed in the period.
    public struct Tally: Sendable, Equatable {
        public var serviceID: UUID
        public var service: String
        public var asked: Int
        public var answered: Int
        public var satisfied: Int

        public var percentSatisfied: Double? { Percentage.of(satisfied, in: answered) }
    }

    public static func tallies(in organisationID: UUID, from start: CalendarDay, to end: CalendarDay, on db: any Database) async throws -> [Tally] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("""
            SELECT s.id AS service_id, s.name AS service, COUNT(*) AS asked,
                   SUM(CASE WHEN q.satisfied IS NULL THEN 0 ELSE 1 END) AS answered,
                   SUM(CASE WHEN q.satisfied = \(bind: true) THEN 1 ELSE 0 END) AS satisfied
            FROM satisfaction_surveys q JOIN services s ON s.id = q.service_id
            WHERE q.organisation_id = \(bind: organisationID) AND q.asked_on >= \(bind: start.description) AND q.asked_on <= \(bind: end.description)
            GROUP BY s.id, s.name ORDER BY s.name
            """).all().map { row in
            Tally(serviceID: try row.decode(column: "service_id", as: UUID.self), service: try row.decode(column: "service", as: String.self),
                  asked: try row.decode(column: "asked", as: Int.self), answered: try row.decode(column: "answered", as: Int.self),
                  satisfied: try row.decode(column: "satisfied", as: Int.self))
        }
    }
}
