import FluentKit
import Foundation

/// The daily message to each officer listing their open cases due within two working days:
/// those assigned to them, and their division's unassigned ones.
public enum DueSoonDigest {
    /// Writes the day's digests for every organisation; returns how many were written.
    @discardableResult
    public static func write(at now: Date, on db: any Database) async throws -> Int {
        let today = CalendarDay(now)
        var written = 0
        for organisation in try await Organisation.query(on: db).all() {
            let organisationID = try organisation.requireID()
            let calendar = try await StandardsRegister.calendar(for: organisationID, on: db)
            var due: [Case] = []
            var page = 1
            while true {
                let (items, paging) = try await CaseQueue.page(CaseQueueFilter(due: .soon), in: organisationID, today: today, calendar: calendar,
                                                               requested: page, perPage: 500, on: db)
                due += items
                if paging.page >= paging.pageCount { break }
                page += 1
            }
            var officers: [UUID: User] = [:]
            var cases: [UUID: [Case]] = [:]
            var divisionOfficers: [UUID: [User]] = [:]
            for item in due {
                let divisionID = item.$division.id
                if item.$officer.id == nil, divisionOfficers[divisionID] == nil {
                    divisionOfficers[divisionID] = try await OfficerRecipients.for(divisionID: divisionID, officerID: nil, on: db)
                }
                // The queue loaded each case's officer.
                let recipients = item.officer.map { $0.isActive ? [$0] : [] } ?? divisionOfficers[divisionID]!
                for officer in recipients {
                    let id = try officer.requireID()
                    officers[id] = officer
                    cases[id, default: []].append(item)
                }
            }
            let digests = cases.map { (officers[$0.key]!, $0.value) }.sorted { $0.0.email < $1.0.email }
            try await db.transaction { db in
                for (officer, list) in digests {
                    let personalisation = Personalisation([
                        "reference": .list(list.map(\.reference)), "service": .list(list.map(\.service.name)),
                        "due": .list(list.map { $0.nextDue?.longDescription ?? "" }), "url": .text(CaseLinks.dueSoonQueue),
                    ])
                    try await Outbox.write(.dueSoon, to: .init(channel: .email, address: officer.email, name: officer.name, userID: officer.id),
                                           organisationID: organisationID, caseID: nil, reference: "due-soon \(today)",
                                           personalisation: personalisation, at: now, on: db)
                }
            }
            written += digests.count
        }
        return written
    }
}
