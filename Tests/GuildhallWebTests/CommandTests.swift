import FluentKit
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Command line")
struct CommandTests {
    func run(_ app: Application, _ arguments: String...) async throws {
        let console = RecordingConsole()
        app.console = console
        app.environment.arguments = ["guildhall"] + arguments
        try await app.execute()
    }

    @Test("org add adds an organisation")
    func orgAdd() async throws {
        try await withGuildhall { app, _ in
            try await run(app, "org", "add", "--slug", "marlshire", "--name", "Marlshire County Council", "--tier", "county", "--gss", "E10000099")
            let organisation = try #require(try await OrganisationRegister.find(slug: "marlshire", on: app.db))
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

    @Test("import catalogue loads a file all or nothing, and import lgsl loads a fuller list")
    func imports() async throws {
        try await withGuildhall { app, _ in
            try await Fixtures.organisation(app)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let good = directory.appendingPathComponent("good.csv"), bad = directory.appendingPathComponent("bad.csv"), lgsl = directory.appendingPathComponent("lgsl.csv")
            try Catalogues.small.write(to: good, atomically: true, encoding: .utf8)
            try "service,division,interaction,applicable\nParks,Leisure,1,yes\nParks,Leisure,12,yes\n".write(to: bad, atomically: true, encoding: .utf8)
            try "Identifier,Label\n99998,Find out about something new\n".write(to: lgsl, atomically: true, encoding: .utf8)

            await #expect { try await run(app, "import", "catalogue", bad.path, "--org", "wyvern-vale") } throws: { error in
                String(describing: error).contains("Line 3: “12” is not an interaction type")
            }
            #expect(try await Service.query(on: app.db).count() == 0)
            let printed = try await app.run("import", "catalogue", good.path, "--org", "wyvern-vale")
            #expect(printed.contains("7 added, 0 changed, 0 unchanged"))
            #expect(try await app.run("import", "lgsl", lgsl.path).contains("1 added"))
            #expect(try await LGSLRegister.find(99998, on: app.db)?.description == "Find out about something new")
        }
    }

    @Test("import bank-holidays replaces the shipped list with a GOV.UK file, and a bad file changes nothing")
    func bankHolidays() async throws {
        try await withGuildhall { app, _ in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let good = directory.appendingPathComponent("bank-holidays.json"), bad = directory.appendingPathComponent("bad.json")
            try #"{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true}, {"title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": true}]}, "scotland": {"division": "scotland", "events": []}}"#
                .write(to: good, atomically: true, encoding: .utf8)
            try #"{"scotland": {"events": []}}"#.write(to: bad, atomically: true, encoding: .utf8)
            let shipped = try await BankHolidays.inForce(on: app.db)
            #expect(shipped.contains(CalendarDay("2026-12-28")!))

            await #expect { try await run(app, "import", "bank-holidays", bad.path) } throws: { error in
                String(describing: error) == "\(bad.path): The file has no England and Wales bank holidays under \"england-and-wales\""
            }
            #expect(try await BankHolidays.inForce(on: app.db) == shipped)

            let printed = try await app.run("import", "bank-holidays", good.path)
            #expect(printed.contains("Bank holidays replaced: 2 in England and Wales, from 25 December 2029 to 26 December 2029"))
            #expect(try await BankHolidays.inForce(on: app.db) == [CalendarDay("2029-12-25")!, CalendarDay("2029-12-26")!])
            let calendar = try await WorkingCalendar.inForce(on: app.db)
            #expect(!calendar.isWorkingDay(CalendarDay("2029-12-25")!))
            #expect(calendar.isWorkingDay(CalendarDay("2026-12-28")!), "the imported list replaces the shipped one")
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

    @Test("open311 key add prints a key once, keeps only its SHA-256, and the key then lets the application write")
    func open311KeyAdd() async throws {
        try await withGuildhall { app, _ in
            let council = try await Fixtures.organisation(app)
            let console = RecordingConsole()
            app.console = console
            app.environment.arguments = ["guildhall", "open311", "key", "add", "--org", "wyvern-vale", "--name", "FixMyStreet"]
            try await app.execute()
            let printed = console.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let key = try #require(try await Open311Key.query(on: app.db).first())
            #expect(key.name == "FixMyStreet")
            #expect(key.keyHash == APITokenSecret.hash(printed))
            #expect(!key.keyHash.contains(printed))
            #expect(try await Open311KeyRegister.authenticate(printed, for: council.requireID(), at: Date(), on: app.db)?.id == key.id)
            await #expect { try await run(app, "open311", "key", "add", "--org", "nowhere", "--name", "FixMyStreet") } throws: { error in
                String(describing: error).hasPrefix("--org:")
            }
            await #expect { try await run(app, "open311", "key", "add", "--org", "wyvern-vale") } throws: { error in
                String(describing: error).hasPrefix("--name:")
            }
        }
    }
}
