import GuildhallCore
import Vapor

/// A reason to stop a command, printed as one line before it exits non-zero.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    /// The first problem a person must fix, as one line.
    init(_ errors: FieldErrors, flags: [String: String]) {
        let problem = errors.problems.first
        let flag = problem.flatMap { flags[$0.field] }.map { "--\($0): " } ?? ""
        self.description = flag + (problem?.message ?? "invalid input")
    }
}

extension Application {
    /// Commands that read or write the database first bring its schema up to date.
    func migrateForCommand() async throws {
        try await autoMigrate()
    }
}
