import Testing

/// Waits up to five seconds for what a node learns a moment after the database tells it,
/// failing with `what` if it never holds.
func eventually(_ what: Comment, sourceLocation: SourceLocation = #_sourceLocation, _ holds: () async throws -> Bool) async throws {
    for _ in 0..<250 {
        if try await holds() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record(what, sourceLocation: sourceLocation)
}
