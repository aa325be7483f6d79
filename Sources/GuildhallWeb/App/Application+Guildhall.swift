import GuildhallCore
import NIOConcurrencyHelpers
import Prometheus
import Vapor

extension Application {
    /// Guildhall's own state, built once in `configure`.
    struct Guildhall: Sendable {
        let configuration: GuildhallConfiguration
        let assets: AssetStore
        let metrics: HTTPMetrics
        let secret: NIOLockedValueBox<String?>
        let hubPages = HubPageCache()
        let hubVersion = HubVersionWatch()
    }

    private struct GuildhallKey: StorageKey {
        typealias Value = Guildhall
    }

    /// bcrypt at the configured cost, for the domain's functions that store a password.
    var hashPassword: @Sendable (String) throws -> String {
        let cost = guildhall.configuration.passwordCost
        return { try Bcrypt.hash($0, cost: cost) }
    }

    /// The installation's secret, once `prepareForServing` or `loadSecret` has read it.
    var installationSecret: String {
        guildhall.secret.withLockedValue { $0 } ?? ""
    }

    var guildhall: Guildhall {
        get {
            guard let value = storage[GuildhallKey.self] else { fatalError("configure(_:_:) has not run") }
            return value
        }
        set { storage[GuildhallKey.self] = newValue }
    }
}
