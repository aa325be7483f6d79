import Fluent
import GuildhallCore
import Vapor

/// `guildhall user add --email E --name N --role R [--org S] [--division D]`, password on standard input.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "email", help: "Email address the user signs in with")
        var email: String?
        @Option(name: "name", help: "Full name")
        var name: String?
        @Option(name: "role", help: "One of: admin, programme-manager, service-owner, front-office, back-office, committee-member, auditor, central-reviewer")
        var role: String?
        @Option(name: "org", help: "Organisation slug; may be left out when there is only one organisation")
        var org: String?
        @Option(name: "division", help: "Division name or short name, created if new")
        var division: String?
    }

    var help: String { "Adds a staff user with one role; reads the password from standard input." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw CommandFailure("unknown action \(signature.action): use user add") }
        let app = context.application
        try await app.autoMigrate()
        let now = app.guildhall.configuration.clock()
        let organisation = try await Self.organisation(signature.org, on: app.db)
        let organisationID = try organisation.requireID()
        guard let password = readLine(strippingNewline: true), !password.isEmpty else {
            throw CommandFailure("no password: write the new user's password to standard input")
        }
        do {
            let user = try await app.db.transaction { db in
                var divisionID: UUID?
                if let name = signature.division {
                    if let existing = try await DivisionRegister.find(named: name, in: organisationID, on: db) {
                        divisionID = existing.id
                    } else {
                        divisionID = try await DivisionRegister.add(named: name, to: organisationID, by: .commandLine, at: now, on: db).id
                    }
                }
                let draft = StaffDraft(email: signature.email ?? "", name: signature.name ?? "", roles: signature.role.map { [$0] } ?? [], divisionID: divisionID)
                return try await StaffRegister.add(draft, password: password, to: organisationID, hashPassword: app.hashPassword,
                                                   by: .commandLine, at: now, on: db)
            }
            context.console.print("Added \(user.email) to \(organisation.name) as \(signature.role ?? "")")
        } catch let errors as FieldErrors {
            throw CommandFailure(errors, flags: ["email": "email", "name": "name", "roles": "role", "password": "password", "division": "division"])
        }
    }

    static func organisation(_ slug: String?, on db: any Database) async throws -> Organisation {
        if slug != nil { return try await OrganisationLookup.require(slug, on: db) }
        let all = try await Organisation.query(on: db).limit(2).all()
        guard all.count == 1 else {
            throw CommandFailure(all.isEmpty ? "no organisations yet: add one with guildhall org add" : "--org: say which organisation the user belongs to")
        }
        return all[0]
    }
}
