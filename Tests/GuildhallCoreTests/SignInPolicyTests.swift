import Foundation
@testable import GuildhallCore
import Testing

@Suite("Sign-in policy")
struct SignInPolicyTests {
    let start = Date(timeIntervalSince1970: 1_067_904_000)

    func user() -> User {
        User(organisationID: UUID(), email: "pat@example.gov.uk", name: "Pat", passwordHash: "x")
    }

    @Test("The fifth wrong password locks the account for fifteen minutes")
    func fifthFailureLocks() {
        let pat = user(), policy = SignInPolicy()
        for _ in 1...4 { #expect(policy.attempt(by: pat, passwordMatches: false, at: start) == .wrongCredentials) }
        #expect(policy.attempt(by: pat, passwordMatches: false, at: start) == .locked(until: start.addingTimeInterval(900)))
    }

    @Test("During the lock even the right password is refused; afterwards it works")
    func lockHoldsThenLifts() {
        let pat = user(), policy = SignInPolicy()
        for _ in 1...5 { _ = policy.attempt(by: pat, passwordMatches: false, at: start) }
        #expect(policy.attempt(by: pat, passwordMatches: true, at: start.addingTimeInterval(899)) == .locked(until: start.addingTimeInterval(900)))
        #expect(policy.attempt(by: pat, passwordMatches: true, at: start.addingTimeInterval(900)) == .signedIn)
        #expect(pat.failedSignIns == 0)
        #expect(pat.lockedUntil == nil)
    }

    @Test("After a lock expires, one more wrong password does not lock again at once")
    func countRestartsAfterLock() {
        let pat = user(), policy = SignInPolicy()
        for _ in 1...5 { _ = policy.attempt(by: pat, passwordMatches: false, at: start) }
        #expect(policy.attempt(by: pat, passwordMatches: false, at: start.addingTimeInterval(901)) == .wrongCredentials)
    }

    @Test("A closed account is refused even with the right password")
    func closedAccount() {
        let pat = user()
        pat.isActive = false
        #expect(SignInPolicy().attempt(by: pat, passwordMatches: true, at: start) == .deactivated)
    }
}
