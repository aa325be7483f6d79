import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Command line")
struct CommandTests {
    func run(_ app: Application, _ arguments: String...) async throws {
        app.environment.arguments = ["guildhall"] + arguments
        try await app.execute()
    }

    @Test("org add adds an organisation")
    func orgAdd() async throws {
        try await withGuildhall { app, _ in
            try await run(app, "org", "add", "--slug", "marlshire", "--name", "Marlshire County Council", "--tier", "county", "--gss", "E10000099")
            let organisation = try #require(try await OrganisationDirectory.find(slug: "marlshire", on: app.db))
            #expect(organisation.tier == .county)
            #expect(organisation.gssCode == "E10000099")
        }
    }

    @Test("Bad input stops a command with a one-line reason that names the option")
    func badInput() async throws {
        try await withGuildhall { app, _ in
            await #expect { try await run(app, "org", "add", "--slug", "marlshire", "--name", "Marlshire", "--tier", "parish") } throws: { error in
                let text = String(describing: error)
                return text.hasPrefix("--tier:") && !text.contains("\n")
            }
            await #expect { try await run(app, "token", "add", "--user", "nobody@example.gov.uk", "--name", "x") } throws: { error in
                String(describing: error).hasPrefix("--user:")
            }
            await #expect { try await run(app, "user", "add", "--email", "a@b.example", "--name", "A", "--role", "admin", "--org", "nowhere") } throws: { error in
                String(describing: error).hasPrefix("--org:")
            }
            let organisations = try await Organisation.query(on: app.db).count()
            #expect(organisations == 0)
        }
    }

    @Test("token add makes a token that the API accepts")
    func tokenAdd() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            try await Fixtures.user(app, "pm@wyvern.example", roles: [.programmeManager], in: council)
            try await run(app, "token", "add", "--user", "pm@wyvern.example", "--name", "Bridge")
            let token = try #require(try await APIToken.query(on: app.db).first())
            #expect(token.name == "Bridge")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "api-token").first()?.actorName == "Command line")
        }
    }
}
