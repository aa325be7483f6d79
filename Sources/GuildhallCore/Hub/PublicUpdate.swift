import FluentKit
import Foundation

/// A change to a case the resident may see: a public update, a change of status, or both. Its
/// id is the history step's, so it never changes; internal notes and assignments are never part of it.
public struct PublicUpdate: Sendable, Equatable {
    public var id: UUID
    public var reference: String
    public var at: Date
    /// The case's status once the step was taken.
    public var status: CaseStatus
    public var text: String?

    /// The steps after the first that said something to the resident or changed the status,
    /// oldest first, each with the status it left the case in.
    static func from(_ steps: [CaseStep], of item: Case) -> [PublicUpdate] {
        var status = CaseStatus.open
        var updates: [PublicUpdate] = []
        for step in steps.sorted(by: { $0.position < $1.position }) {
            let change = step.changes.first { $0.field == "status" }
            if let after = change?.after.flatMap(CaseStatus.init(rawValue:)) { status = after }
            guard step.position > 0, change != nil || step.publicNote != nil else { continue }
            updates.append(PublicUpdate(id: step.id!, reference: item.reference, at: step.occurredAt, status: status, text: step.publicNote))
        }
        return updates
    }
}

extension RequestRegister {
    public static func publicUpdates(of item: Case, on db: any Database) async throws -> [PublicUpdate] {
        PublicUpdate.from(try await CaseRegister.history(of: item, on: db), of: item)
    }

    /// Every public update of the organisation's public services' cases made from `start` to `end`
    /// inclusive, oldest first, at most `limit`.
    public static func publicUpdates(in organisationID: UUID, from start: Date, to end: Date, limit: Int = 1000,
                                     on db: any Database) async throws -> [PublicUpdate] {
        let inWindow = try await CaseStep.query(on: db)
            .filter(\.$organisationID == organisationID)
            .filter(\.$occurredAt >= start).filter(\.$occurredAt <= end)
            .filter(\.$position > 0)
            .sort(\.$occurredAt).limit(limit * 2).all()
        let caseIDs = Set(inWindow.map(\.$case.id))
        guard !caseIDs.isEmpty else { return [] }
        let cases = try await Case.query(on: db).filter(\.$id ~~ caseIDs).with(\.$service).all().filter(\.service.isPublic)
        let steps = try await CaseStep.query(on: db).filter(\.$case.$id ~~ Set(cases.compactMap(\.id))).all()
        let wanted = Set(inWindow.compactMap(\.id))
        let byCase = Dictionary(grouping: steps, by: \.$case.id)
        return cases.flatMap { item in PublicUpdate.from(byCase[item.id!] ?? [], of: item) }
            .filter { wanted.contains($0.id) }
            .sorted { ($0.at, $0.id.uuidString) < ($1.at, $1.id.uuidString) }
            .prefix(limit).map { $0 }
    }
}
