import Foundation

/// Protection against guessing passwords: after `maximumFailures` wrong passwords in a row an
/// account refuses every attempt, right or wrong, until `lockDuration` has passed.
public struct SignInPolicy: Sendable {
    public var maximumFailures = 5
    public var lockDuration: TimeInterval = 15 * 60

    public init() {}

    public enum Outcome: Equatable, Sendable {
        case signedIn
        case wrongCredentials
        case locked(until: Date)
        case deactivated
    }

    /// Decides the outcome of one attempt and updates the user's counters to match.
    public func attempt(by user: User, passwordMatches: Bool, at now: Date) -> Outcome {
        if user.isLocked(at: now), let until = user.lockedUntil {
            return .locked(until: until)
        }
        if user.lockedUntil != nil {
            user.lockedUntil = nil
            user.failedSignIns = 0
        }
        guard passwordMatches else {
            user.failedSignIns += 1
            if user.failedSignIns >= maximumFailures {
                let until = now.addingTimeInterval(lockDuration)
                user.lockedUntil = until
                return .locked(until: until)
            }
            return .wrongCredentials
        }
        guard user.isActive else { return .deactivated }
        user.failedSignIns = 0
        user.lastSignedInAt = now
        return .signedIn
    }
}
