import Foundation
import GuildhallWeb
import Logging
import Vapor

var environment = try Environment.detect()
// Logs go to standard error, so that commands such as `export catalogue` can write to standard output.
let level = try LogLevelChoice.detect(from: &environment)
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = level
    return handler
}
let app = try await Application.make(environment)
do {
    try await configure(app, try GuildhallConfiguration.fromEnvironment())
    // As `execute()` does, without its logging the error that is printed below as one line.
    try await app.startup()
    try await app.running?.onStop.get()
    try await app.asyncShutdown()
} catch {
    FileHandle.standardError.write(Data("guildhall: \(String(describing: error).replacingOccurrences(of: "\n", with: " "))\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
