import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import GuildhallCore
import NIOConcurrencyHelpers
import Vapor

/// Builds the whole application from an explicit configuration, so tests can build it with an
/// in-memory database and no network port.
public func configure(_ app: Application, _ configuration: GuildhallConfiguration) async throws {
    switch configuration.database {
    case .sqliteFile(let path):
        app.databases.use(.init { ImmediateSQLiteTransactions(base: DatabaseConfigurationFactory.sqlite(.file(path)).make()) }, as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.init { ImmediateSQLiteTransactions(base: DatabaseConfigurationFactory.sqlite(.memory).make()) }, as: .sqlite)
    case .postgres(let url, let searchPath):
        var postgres = try SQLPostgresConfiguration(url: url)
        postgres.searchPath = searchPath
        // A few connections per event loop, so a page's independent queries can run side by side.
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: 4), as: .psql)
    }
    app.migrations.add(GuildhallMigrations.all)
    app.migrations.add(SessionRecord.migration)
    app.fluent.migrationLogLevel = .debug

    app.passwords.use(.bcrypt(cost: configuration.passwordCost))
    app.sessions.use { _ in DatabaseSessionDriver() }
    app.sessions.configuration = SessionsConfiguration(cookieName: StaffSession.cookieName) { id in
        // Secure is added per response when the request came over TLS (SecurityHeadersMiddleware).
        HTTPCookies.Value(string: id.string, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
    }
    if let port = configuration.port {
        app.http.server.configuration.port = port
    }
    // Room for a long statement section with all its rows; catalogue uploads allow more.
    app.routes.defaultMaxBodySize = "1mb"

    app.guildhall = Application.Guildhall(
        configuration: configuration,
        assets: AssetStore(replacements: configuration.publicDirectory),
        metrics: HTTPMetrics(),
        secret: NIOLockedValueBox(configuration.secret))

    // Each audience's route group carries the rest of its middleware (see `Audience`); what
    // reaches no group at all, such as a method nothing answers, is told so in plain text.
    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware())
    app.middleware.use(PlainErrors())

    app.asyncCommands.use(PreparingServeCommand(serve: await app.servers.asyncCommand), as: "serve", isDefault: true)
    app.asyncCommands.use(GuildhallMigrateCommand(), as: "migrate")
    app.asyncCommands.use(OrgCommand(), as: "org")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(TokenCommand(), as: "token")
    app.asyncCommands.use(Open311Command(), as: "open311")
    app.asyncCommands.use(CheckCommand(), as: "check")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(BVPI157Command(), as: "bvpi157")
    app.asyncCommands.use(SnapshotCommand(), as: "snapshot")
    app.asyncCommands.use(NotifyCommand(), as: "notify")
    app.asyncCommands.use(OutboxCommand(), as: "outbox")

    try routes(app)
}
