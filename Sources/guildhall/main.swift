import Foundation
import GuildhallWeb
import Logging
import Vapor

var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)
do {
    try await configure(app, try GuildhallConfiguration.fromEnvironment())
    try await app.execute()
    try await app.asyncShutdown()
} catch {
    FileHandle.standardError.write(Data("guildhall: \(String(describing: error).replacingOccurrences(of: "\n", with: " "))\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
