import FluentKit
import NIOCore
import SQLKit

/// SQLite with every transaction begun `IMMEDIATE`, taking the write lock before its first read,
/// with a busy timeout. The driver begins them deferred, and two deferred transactions that
/// read and then write can deadlock: SQLite then fails one at once with "database is locked".
/// Taken up front, the lock makes concurrent writers wait their turn instead.
struct ImmediateSQLiteTransactions: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        Driver(base: base.makeDriver(for: databases))
    }

    struct Driver: DatabaseDriver {
        let base: any DatabaseDriver

        func makeDatabase(with context: DatabaseContext) -> any Database {
            ImmediateTransactionDatabase(base: base.makeDatabase(with: context) as! any Database & SQLDatabase, inTransaction: false)
        }

        func shutdown() { base.shutdown() }
        func shutdownAsync() async { await base.shutdownAsync() }
    }
}

struct ImmediateTransactionDatabase: Database, SQLDatabase {
    let base: any Database & SQLDatabase
    let inTransaction: Bool

    /// How long a writer waits for another's transaction to finish, in milliseconds.
    static let busyTimeout = 10_000

    var context: DatabaseContext { base.context }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        return base.withConnection { connection in
            let sql = connection as! any Database & SQLDatabase
            let inside = ImmediateTransactionDatabase(base: sql, inTransaction: true)
            return sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(Self.busyTimeout))").run()
                .flatMap { sql.raw("BEGIN IMMEDIATE TRANSACTION").run() }
                .flatMap {
                    closure(inside).flatMap { result in sql.raw("COMMIT TRANSACTION").run().map { result } }
                        .flatMapError { error in sql.raw("ROLLBACK TRANSACTION").run().flatMapThrowing { throw error } }
                }
        }
    }

    func withConnection<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.withConnection { closure(ImmediateTransactionDatabase(base: $0 as! any Database & SQLDatabase, inTransaction: inTransaction)) }
    }

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }
}
