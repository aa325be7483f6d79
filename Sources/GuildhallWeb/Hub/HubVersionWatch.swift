import FluentKit
import GuildhallCore
import NIOConcurrencyHelpers

/// The `HubVersion` this node was last told of, when something is listening for its moves; the
/// cache reads the database for every page otherwise. Each announcement forgets the version at
/// once, so no page is served from it between a change and the read that follows it.
final class HubVersionWatch: Sendable {
    private struct State {
        var version: Int?
        var announcements = 0
    }

    private let state = NIOLockedValueBox(State())

    /// Whether pages are drawn against an announced version rather than one read for them.
    var isListening: Bool { state.withLockedValue { $0.version != nil } }

    func current(on db: any Database) async throws -> Int {
        if let version = state.withLockedValue({ $0.version }) { return version }
        return try await HubVersion.current(on: db)
    }

    /// A move was announced (or listening began): forget the version, then read it again. The
    /// read is kept only if no other announcement came while it ran.
    func announced(on db: any Database) async {
        let seen = state.withLockedValue { state in
            state.version = nil
            state.announcements += 1
            return state.announcements
        }
        guard let version = try? await HubVersion.current(on: db) else { return }
        state.withLockedValue { state in
            if state.announcements == seen { state.version = version }
        }
    }

    /// Listening stopped, so every page reads the version again until it resumes.
    func stopped() {
        state.withLockedValue { state in
            state.version = nil
            state.announcements += 1
        }
    }
}
