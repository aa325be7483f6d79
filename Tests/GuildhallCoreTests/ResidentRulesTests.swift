import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("Residents: duplicates, merging and search")
struct ResidentRulesTests {
    func add(_ draft: ResidentDraft, to council: FrontOfficeCouncil, on db: any Database) async throws -> Resident {
        try await ResidentRegister.create(draft, in: council.id, by: .commandLine, at: Date(), on: db)
    }

    @Test("Possible duplicates match on email in any case, phone digits with +44 as 0, or surname and postcode; “not the same person” is remembered")
    func duplicates() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let ann = try await add(ResidentDraft(name: "Ann Smith", email: "Ann.Smith@Example.com", phone: "01632 960001", postcode: "wv1 2ab"), to: council, on: db)
            #expect(ann.postcode == "WV1 2AB")
            let other = try await FrontOfficeCouncil.make(on: db, slug: "marlshire")
            _ = try await add(ResidentDraft(name: "Ann Smith", email: "ann.smith@example.com"), to: other, on: db)

            let byEmail = try await ResidentRegister.possibleDuplicates(of: ResidentDraft(name: "A Jones", email: "ann.smith@EXAMPLE.com").keys, in: council.id, on: db)
            #expect(byEmail.map(\.rules) == [[.email]])
            let byPhone = try await ResidentRegister.possibleDuplicates(of: ResidentDraft(name: "Bob", phone: "+44 (0)1632 960001").keys, in: council.id, on: db)
            #expect(byPhone.map(\.rules) == [[.phone]])
            let byAddress = try await ResidentRegister.possibleDuplicates(of: ResidentDraft(name: "Colin SMITH", postcode: "WV12AB").keys, in: council.id, on: db)
            #expect(byAddress.map(\.rules) == [[.surnameAndPostcode]])
            let surnameElsewhere = try await ResidentRegister.possibleDuplicates(of: ResidentDraft(name: "Colin Smith", postcode: "WV1 3CD").keys, in: council.id, on: db)
            #expect(surnameElsewhere.isEmpty)

            let colin = try await add(ResidentDraft(name: "Colin Smith", postcode: "WV1 2AB"), to: council, on: db)
            #expect(try await ResidentRegister.possibleDuplicates(of: colin.keys, excluding: colin.id, in: council.id, on: db).map(\.resident.id) == [ann.id])
            try await ResidentRegister.distinguish(colin, from: ann, by: .commandLine, at: Date(), on: db)
            #expect(try await ResidentRegister.possibleDuplicates(of: colin.keys, excluding: colin.id, in: council.id, on: db).isEmpty)
        }
    }

    @Test("A merge moves every contact and case to the kept record, fills what it lacked, keeps the old id resolving and is audited")
    func merging() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let kept = try await add(ResidentDraft(name: "Ann Smith", email: "ann@example.com", notes: "Prefers mornings"), to: council, on: db)
            let merged = try await add(ResidentDraft(name: "Ann Smith", phone: "07700 900123", addressLines: ["1 High Street"], postcode: "WV1 2AB",
                                                     needs: ["large-print"], notes: "Hard of hearing"), to: council, on: db)
            let item = try await council.take(CaseDraft(service: "pothole", interactionType: "9", channel: "telephone", description: "Hole",
                                                        residentID: merged.id!.uuidString), at: Date(), on: db)
            _ = try await ContactRegister.record(ContactDraft(channel: "telephone", service: "pothole", interactionType: "9",
                                                              residentID: merged.id!.uuidString, outcome: "case"),
                                                 case: item, in: council.id, by: .commandLine, at: Date(), on: db)
            try await ResidentRegister.merge(merged, into: kept, by: .commandLine, at: Date(), on: db)

            #expect(try await ResidentRegister.find(merged.requireID(), in: council.id, on: db)?.id == kept.id)
            #expect(try await CaseRegister.cases(of: kept, on: db).map(\.id) == [item.id])
            #expect(try await ResidentRegister.contacts(of: kept, on: db).count == 1)
            #expect(try await Contact.query(on: db).filter(\.$resident.$id == merged.requireID()).count() == 0)
            let after = try #require(try await Resident.find(kept.requireID(), on: db))
            #expect(after.email == "ann@example.com" && after.phone == "07700 900123" && after.postcode == "WV1 2AB")
            #expect(after.needs == [.largePrint] && after.notes == "Prefers mornings\n\nHard of hearing")
            let audited = try await AuditEntry.query(on: db).filter(\.$entity == "resident").filter(\.$action == "updated").all()
            #expect(Set(audited.map(\.entityID)) == [kept.id!.uuidString, merged.id!.uuidString])
            // The merged record no longer shows up in searches.
            let found = try await ResidentSearch.page(ResidentQuery("Ann Smith"), in: council.id, requested: 1, perPage: 10, on: db)
            #expect(found.items.map(\.id) == [kept.id])
        }
    }

    @Test("Search finds residents by any part of the name in any case and without accents, email, phone in any format, postcode and case reference")
    func search() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let zoe = try await add(ResidentDraft(name: "Zoë Ó Briain", email: "zoe.obriain@example.com", phone: "07700 900456", postcode: "WV3 9ZZ"), to: council, on: db)
            let sam = try await add(ResidentDraft(name: "Samuel Okafor", email: "sam@example.org", phone: "01632 960789", postcode: "WV1 2AB"), to: council, on: db)
            let other = try await FrontOfficeCouncil.make(on: db, slug: "marlshire")
            _ = try await ResidentRegister.create(ResidentDraft(name: "Zoe Briain", phone: "07700 900456"), in: other.id, by: .commandLine, at: Date(), on: db)
            let item = try await council.take(CaseDraft(service: "pothole", interactionType: "9", channel: "web", description: "Hole",
                                                        residentID: sam.id!.uuidString), at: Date(), on: db)
            func found(_ typed: String) async throws -> [UUID?] {
                try await ResidentSearch.page(ResidentQuery(typed), in: council.id, requested: 1, perPage: 10, on: db).items.map(\.id)
            }
            #expect(try await found("zoe") == [zoe.id])
            #expect(try await found("BRIAIN") == [zoe.id])
            #expect(try await found("riai") == [zoe.id])
            #expect(try await found("Ó Briain zoë") == [zoe.id])
            #expect(try await found("okaf") == [sam.id])
            #expect(try await found("SAM@example.org") == [sam.id])
            #expect(try await found("+44 7700 900456") == [zoe.id])
            #expect(try await found("07700900456") == [zoe.id])
            #expect(try await found("(01632) 960-789") == [sam.id])
            #expect(try await found("wv12ab") == [sam.id])
            #expect(try await found("WV1 2AB") == [sam.id])
            #expect(try await found(item.reference.lowercased()) == [sam.id])
            #expect(try await found("example") == [sam.id, zoe.id])
            #expect(try await found("nobody").isEmpty)
            #expect(try await found("\u{0}okaf\u{7}") == [sam.id])
        }
    }
}
