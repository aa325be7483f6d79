import FluentKit
import Foundation

/// What anyone holding a reference may see of a request: the service and who provides it, where
/// it stands and when it is due, and what the council has said publicly. Never the resident's
/// name, contact details, answers or description, nor anything staff wrote among themselves.
public struct RequestTracking: Sendable, Equatable {
    public struct Update: Sendable, Equatable {
        public var at: Date
        public var status: String
        public var text: String?
    }

    public var reference: String
    public var service: String
    public var organisation: String
    public var status: String
    public var isOpen: Bool
    public var receivedAt: Date
    public var replyBy: CalendarDay?
    public var resolveBy: CalendarDay?
    public var closedOn: CalendarDay?
    public var updates: [Update]

    /// The request with this reference, for any public service of the installation.
    public static func find(_ reference: String, on db: any Database) async throws -> RequestTracking? {
        guard CaseReference.isReference(reference),
              let item = try await Case.query(on: db).filter(\.$reference == CaseReference.normalise(reference)).with(\.$service).with(\.$organisation).first(),
              item.service.isPublic
        else { return nil }
        let updates = try await RequestRegister.publicUpdates(of: item, on: db)
        return RequestTracking(
            reference: item.reference, service: item.service.name, organisation: item.organisation.name, status: item.status.publicLabel,
            isOpen: item.isOpen, receivedAt: item.receivedAt, replyBy: item.repliedOn == nil ? item.replyBy : nil, resolveBy: item.resolveBy,
            closedOn: item.closedOn, updates: updates.reversed().map { Update(at: $0.at, status: $0.status.publicLabel, text: $0.text) })
    }
}
