import Fluent
import Vapor

/// Sessions kept in the database, so every application node shares them. Unlike Fluent's own
/// driver it writes a session back only when its data has changed, not on every request.
struct DatabaseSessionDriver: SessionDriver {
    private struct LoadedData: StorageKey {
        typealias Value = SessionData
    }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = SessionID(string: [UInt8].random(count: 32).base64)
        return SessionRecord(key: id, data: data).create(on: request.db).map { id }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        SessionRecord.query(on: request.db).filter(\.$key == sessionID).first().map { record in
            if let data = record?.data { request.storage[LoadedData.self] = data }
            return record?.data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        guard request.storage[LoadedData.self] != data else { return request.eventLoop.makeSucceededFuture(sessionID) }
        return SessionRecord.query(on: request.db).filter(\.$key == sessionID).set(\.$data, to: data).update().map { sessionID }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        SessionRecord.query(on: request.db).filter(\.$key == sessionID).delete()
    }
}
