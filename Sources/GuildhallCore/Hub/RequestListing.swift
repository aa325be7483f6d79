import FluentKit
import Foundation

/// Which requests an Open311 client asks for: by reference (which overrides the rest), or by
/// service, a window of days received and whether they are open.
public struct RequestFilter: Sendable, Equatable {
    public var references: [String]
    public var serviceSlugs: [String]
    public var from: Date?
    public var to: Date?
    public var isOpen: Bool?

    public init(references: [String] = [], serviceSlugs: [String] = [], from: Date? = nil, to: Date? = nil, isOpen: Bool? = nil) {
        self.references = references
        self.serviceSlugs = serviceSlugs
        self.from = from
        self.to = to
        self.isOpen = isOpen
    }
}

extension RequestRegister {
    /// The organisation's cases for public services that match, newest first, at most `limit`,
    /// each with its latest public update.
    public static func requests(_ filter: RequestFilter, in organisationID: UUID, limit: Int = 1000,
                                on db: any Database) async throws -> [(item: Case, latest: PublicUpdate?)] {
        let query = Case.query(on: db)
            .join(Service.self, on: \Case.$service.$id == \Service.$id)
            .filter(\.$organisation.$id == organisationID)
            .filter(Service.self, \.$isPublic == true)
            .with(\.$service)
        if !filter.references.isEmpty {
            query.filter(\.$reference ~~ filter.references.map(CaseReference.normalise))
        } else {
            if !filter.serviceSlugs.isEmpty { query.filter(Service.self, \.$slug ~~ filter.serviceSlugs.map { $0.lowercased() }) }
            if let from = filter.from { query.filter(\.$receivedAt >= from) }
            if let to = filter.to { query.filter(\.$receivedAt <= to) }
            if let isOpen = filter.isOpen { query.filter(\.$isOpen == isOpen) }
        }
        let cases = try await query.sort(\.$receivedAt, .descending).limit(limit).all()
        guard !cases.isEmpty else { return [] }
        let steps = try await CaseStep.query(on: db).filter(\.$case.$id ~~ Set(cases.compactMap(\.id))).all()
        let byCase = Dictionary(grouping: steps, by: \.$case.id)
        return cases.map { item in
            (item, PublicUpdate.from(byCase[item.id!] ?? [], of: item).last { $0.text != nil })
        }
    }

    /// A case by the id handed to an Open311 client while it was being made.
    public static func find(token: String, in organisationID: UUID, on db: any Database) async throws -> Case? {
        guard let id = UUID(uuidString: token) else { return nil }
        return try await Case.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }
}
