import Foundation
import GuildhallCore

/// Everything Guildhall reads from its environment, read in one place. Tests build one directly.
public struct GuildhallConfiguration: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        /// `searchPath` puts every table in one schema, so test runs can share a server.
        case postgres(url: String, searchPath: [String]? = nil)
    }

    public var database: DatabaseChoice
    public var seedDemo: Bool
    /// The demo accounts' password; generated and printed once when nil.
    public var demoPassword: String?
    /// Signing key for CSRF tokens; generated and kept in the database when nil.
    public var secret: String?
    public var port: Int?
    /// A folder of replacement stylesheets and scripts; the shipped ones otherwise.
    public var publicDirectory: String?
    /// bcrypt's cost: 12 in production; tests lower it only to save time.
    public var passwordCost: Int
    /// How many requests one client address may send the Hub's forms in an hour.
    public var requestLimit: Int
    /// Where residents reach the site, for the links in the messages they are sent.
    public var publicURL: String
    public var clock: @Sendable () -> Date

    public init(
        database: DatabaseChoice, seedDemo: Bool = true, demoPassword: String? = nil, secret: String? = nil,
        port: Int? = nil, publicDirectory: String? = nil, passwordCost: Int = 12, requestLimit: Int = RequestLimiter.defaultLimit,
        publicURL: String = "http://localhost:8080", clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.seedDemo = seedDemo
        self.demoPassword = demoPassword
        self.secret = secret
        self.port = port
        self.publicDirectory = publicDirectory
        self.passwordCost = passwordCost
        self.requestLimit = requestLimit
        self.publicURL = publicURL
        self.clock = clock
    }

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GuildhallConfiguration {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        let database: DatabaseChoice
        if let url = value("DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Problem(description: "DATABASE_URL must look like postgres://user:password@host:port/database")
            }
            database = .postgres(url: url)
        } else {
            database = .sqliteFile(value("GUILDHALL_SQLITE_PATH") ?? "guildhall.sqlite")
        }
        var seedDemo = true
        if let demo = value("GUILDHALL_DEMO")?.lowercased() {
            guard let flag = ["true": true, "1": true, "yes": true, "false": false, "0": false, "no": false][demo] else {
                throw Problem(description: "GUILDHALL_DEMO must be true or false, not \(demo)")
            }
            seedDemo = flag
        }
        var port: Int?
        if let text = value("PORT") {
            guard let number = Int(text), (1...65535).contains(number) else {
                throw Problem(description: "PORT must be a number from 1 to 65535, not \(text)")
            }
            port = number
        }
        var requestLimit = RequestLimiter.defaultLimit
        if let text = value("GUILDHALL_REQUEST_LIMIT") {
            guard let number = Int(text), number > 0 else {
                throw Problem(description: "GUILDHALL_REQUEST_LIMIT must be a whole number of requests an hour, like 30, not \(text)")
            }
            requestLimit = number
        }
        if let secret = value("GUILDHALL_SECRET"), secret.utf8.count < 32 {
            throw Problem(description: "GUILDHALL_SECRET must be at least 32 characters long")
        }
        let publicURL = value("GUILDHALL_PUBLIC_URL") ?? "http://localhost:\(port ?? 8080)"
        guard let address = URL(string: publicURL), ["http", "https"].contains(address.scheme ?? ""), address.host != nil else {
            throw Problem(description: "GUILDHALL_PUBLIC_URL must be the site's address, like https://www.example.gov.uk, not \(publicURL)")
        }
        return GuildhallConfiguration(
            database: database, seedDemo: seedDemo, demoPassword: value("GUILDHALL_DEMO_PASSWORD"),
            secret: value("GUILDHALL_SECRET"), port: port, publicDirectory: value("GUILDHALL_PUBLIC_DIR"), requestLimit: requestLimit,
            publicURL: publicURL)
    }
}
