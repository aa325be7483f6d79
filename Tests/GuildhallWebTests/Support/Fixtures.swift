import FluentKit
import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Vapor

/// Builds the records a test needs, through the same domain rules the product uses.
enum Fixtures {
    @discardableResult
    static func organisation(_ app: Application, slug: String = "wyvern-vale", name: String? = nil, tier: Tier = .district) async throws -> Organisation {
        try await OrganisationRegister.add(
            OrganisationDraft(slug: slug, name: name ?? "\(slug.capitalized) Council", tier: tier.rawValue),
            by: .commandLine, at: Date(), on: app.db)
    }

    @discardableResult
    static func division(_ app: Application, _ name: String, in organisation: Organisation) async throws -> Division {
        try await DivisionRegister.add(named: name, to: organisation.requireID(), by: .commandLine, at: Date(), on: app.db)
    }

    @discardableResult
    static func user(
        _ app: Application, _ email: String, roles: [Role], in organisation: Organisation, division: Division? = nil,
        password: String = TestPassword.value
    ) async throws -> User {
        try await StaffRegister.add(
            StaffDraft(email: email, name: email.split(separator: "@").first.map(String.init) ?? email, roles: roles.map(\.rawValue), divisionID: division?.id),
            password: password, to: organisation.requireID(), hashPassword: { try Bcrypt.hash($0, cost: 4) },
            by: .commandLine, at: Date(), on: app.db)
    }
}
