import Fluent
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

/// Finds what a command's options name, or says which option to fix.
enum OrganisationLookup {
    static func require(_ slug: String?, on db: any Database) async throws -> Organisation {
        guard let slug else { throw CommandFailure("--org: say which organisation, by its short name") }
        guard let organisation = try await OrganisationRegister.find(slug: slug, on: db) else {
            throw CommandFailure("--org: no organisation has the short name \(slug)")
        }
        return organisation
    }

    static func day(_ text: String?, default day: CalendarDay) throws -> CalendarDay {
        guard let text else { return day }
        guard let parsed = CalendarDay(text) else { throw CommandFailure("--on: \(text) is not a real date in the form YYYY-MM-DD") }
        return parsed
    }
}
