import ConsoleKit
import NIOConcurrencyHelpers
import Vapor

/// A console that keeps what commands print, so tests can read a command's output.
final class RecordingConsole: Console {
    private let recorded = NIOLockedValueBox("")
    private let info = NIOLockedValueBox<[AnySendableHashable: any Sendable]>([:])

    var text: String { recorded.withLockedValue { $0 } }
    var size: (width: Int, height: Int) { (120, 40) }
    var userInfo: [AnySendableHashable: any Sendable] {
        get { info.withLockedValue { $0 } }
        set { info.withLockedValue { $0 = newValue } }
    }

    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) {
        recorded.withLockedValue { $0 += text.description + (newLine ? "\n" : "") }
    }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) {}
}

extension Application {
    /// Runs a command as `guildhall ARGUMENTS…` would, and returns what it printed.
    func run(_ arguments: String...) async throws -> String {
        let console = RecordingConsole()
        self.console = console
        environment.arguments = ["guildhall"] + arguments
        try await execute()
        return console.text
    }
}
