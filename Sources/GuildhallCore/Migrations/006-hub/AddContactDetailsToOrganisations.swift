import FluentKit
import SQLKit

/// The phone number and web site the Hub shows for each organisation.
struct AddContactDetailsToOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for column in ["phone TEXT", "website TEXT"] {
            try await sql.raw("ALTER TABLE organisations ADD COLUMN \(unsafeRaw: column)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for column in ["phone", "website"] {
            try await sql.raw("ALTER TABLE organisations DROP COLUMN \(unsafeRaw: column)").run()
        }
    }
}
