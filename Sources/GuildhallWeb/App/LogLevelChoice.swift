import Logging
import Vapor

/// How much a run of the binary logs. `serve` reports what it does at `info`; every other command
/// prints its answer and logs only what needs attention (`notice` and above), unless `--log` or
/// `LOG_LEVEL` asks for more.
public enum LogLevelChoice {
    public static func detect(from environment: inout Environment, variables: [String: String] = ProcessInfo.processInfo.environment) throws -> Logger.Level {
        let arguments = environment.arguments.dropFirst()
        let explicit = arguments.contains { $0 == "--log" || $0.hasPrefix("--log=") } || variables["LOG_LEVEL"] != nil
        let level = try Logger.Level.detect(from: &environment)
        if explicit { return level }
        // Vapor's `serve` is the default command, so a run that starts with an option serves too.
        let command = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "serve"
        return command == "serve" ? .info : .notice
    }
}
