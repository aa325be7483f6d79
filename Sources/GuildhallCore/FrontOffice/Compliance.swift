import Foundation

/// The two promises every case can carry: a first public reply, and resolution.
public enum StandardKind: String, CaseIterable, Codable, Sendable {
    case reply
    case resolve
}

/// Due dates met and breached, and the percentage met.
public struct Tally: Equatable, Sendable, Codable {
    public var met: Int
    public var breached: Int

    public init(met: Int = 0, breached: Int = 0) {
        self.met = met
        self.breached = breached
    }

    /// met ÷ (met + breached) × 100, rounded half up to two decimals; nil when there are none.
    public var percent: Double? { Percentage.of(met, in: met + breached) }

    mutating func count(met isMet: Bool) {
        if isMet { met += 1 } else { breached += 1 }
    }

    mutating func add(_ other: Tally) {
        met += other.met
        breached += other.breached
    }

    enum CodingKeys: String, CodingKey { case met, breached, percent }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(met: try container.decode(Int.self, forKey: .met), breached: try container.decode(Int.self, forKey: .breached))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(met, forKey: .met)
        try container.encode(breached, forKey: .breached)
        try container.encode(percent, forKey: .percent)
    }
}

/// Compliance with the customer service standards over a period: of the due dates whose reply or
/// resolution fell in the period, how many were met (done on or before the due day), overall, by
/// standard, by division, by service and by month.
public struct Compliance: Equatable, Sendable {
    /// One due date of one case, and the day it was done.
    public struct Outcome: Sendable {
        public var standard: StandardKind
        public var division: String
        public var service: String
        public var due: CalendarDay
        public var doneOn: CalendarDay

        public init(standard: StandardKind, division: String, service: String, due: CalendarDay, doneOn: CalendarDay) {
            self.standard = standard
            self.division = division
            self.service = service
            self.due = due
            self.doneOn = doneOn
        }

        public var isMet: Bool { doneOn <= due }
    }

    public var overall = Tally()
    public var byStandard: [StandardKind: Tally] = [:]
    public var byDivision: [String: Tally] = [:]
    public var byService: [String: Tally] = [:]
    /// By the month the reply or resolution fell in, as `YYYY-MM`.
    public var byMonth: [String: Tally] = [:]

    /// Tallies that share a standard, division, service and month.
    public struct Group: Sendable {
        public var standard: StandardKind
        public var division: String
        public var service: String
        /// `YYYY-MM`, of the day the reply or resolution happened.
        public var month: String
        public var tally: Tally
    }

    public init(_ outcomes: [Outcome], from start: CalendarDay, to end: CalendarDay) {
        self.init(groups: outcomes.filter { start <= $0.doneOn && $0.doneOn <= end }.map { outcome in
            Group(standard: outcome.standard, division: outcome.division, service: outcome.service,
                  month: String(outcome.doneOn.description.prefix(7)), tally: outcome.isMet ? Tally(met: 1) : Tally(breached: 1))
        })
    }

    public init(groups: [Group]) {
        for group in groups {
            overall.add(group.tally)
            byStandard[group.standard, default: Tally()].add(group.tally)
            byDivision[group.division, default: Tally()].add(group.tally)
            byService[group.service, default: Tally()].add(group.tally)
            byMonth[group.month, default: Tally()].add(group.tally)
        }
    }
}
