import FluentKit
import Foundation

/// Uploaded files waiting for confirmation are kept for a day at most.
public enum PendingImports {
    public static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> PendingImport? {
        try await PendingImport.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    public static func discardStale(in organisationID: UUID, before cutoff: Date, on db: any Database) async throws {
        try await PendingImport.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$createdAt < cutoff).delete()
    }
}
