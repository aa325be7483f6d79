import FluentKit
import Foundation
@testable import GuildhallCore
import Testing

@Suite("The Hub's rules: answers, nearby cases and verification")
struct HubRulesTests {
    static let form = FormDefinition(
        interactionType: .applicationsForServices, publishedFrom: CalendarDay("2026-01-01"), location: .required,
        contact: FormContact(name: .required, email: .optional, phone: .none),
        questions: [
            FormQuestion(code: "count", question: "How many?", datatype: .number, required: true),
            FormQuestion(code: "when", question: "When?", datatype: .datetime, required: false),
            FormQuestion(code: "what", question: "What?", datatype: .multivaluelist, required: true,
                         values: [FormValue(key: "bags", name: "Black bags"), FormValue(key: "tyres", name: "Tyres")]),
        ])

    @Test("Answers are checked by their question's kind, and list answers are kept by their names")
    func answersByKind() {
        let bad = RequestDraft(answers: ["count": ["lots"], "when": ["next week"], "what": ["bags", "sofa"]], latitude: "52.5", name: "Jo")
        let problems = bad.check(against: Self.form).errors.problems.map(\.field)
        #expect(problems == ["count", "when", "what", "long"])

        let good = RequestDraft(answers: ["count": ["3"], "when": ["2026-11-30T18:30"], "what": ["bags", "tyres"]], postcode: "wv1 2ab", name: "Jo")
        let (answers, errors) = good.check(against: Self.form)
        #expect(errors.isEmpty)
        #expect(answers.map(\.answer) == ["3", "2026-11-30T18:30", "Black bags, Tyres"])
    }

    @Test("Open cases of the same service within 250 metres or at the same postcode are nearby, nearest first; closed ones and other services are not")
    func nearby() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let pothole = try #require(try await Service.query(on: db).filter(\.$slug == "pothole").first())
            func report(_ lat: String, _ long: String, postcode: String = "", service: String = "pothole") async throws -> Case {
                try await council.take(CaseDraft(service: service, interactionType: "9", channel: "web", description: "A hole",
                                                 locationPostcode: postcode, latitude: lat, longitude: long), at: Date(), on: db)
            }
            let close = try await report("52.5010", "-2.1000")            // about 110 m north
            let closer = try await report("52.5003", "-2.1000")           // about 33 m north
            _ = try await report("52.5040", "-2.1000")                    // about 445 m north
            let samePostcode = try await report("", "", postcode: "WV1 2AB")
            let fixed = try await report("52.5001", "-2.1000")
            try await CaseRegister.update(fixed, with: CaseUpdate(status: "fixed"), by: .commandLine, at: Date(), on: db)
            _ = try await report("52.5001", "-2.1000", service: "missed-bin-collection")

            let found = try await RequestRegister.nearby(pothole, latitude: 52.5, longitude: -2.1, postcode: "wv12ab", on: db)
            #expect(found.map(\.id) == [closer.id, close.id, samePostcode.id])
        }
    }

    @Test("Verification says why: a published form, a link that answered lately, one that failed, one checked too long ago, or nothing")
    func verificationReasons() throws {
        let interaction = Interaction()
        interaction.type = .applicationsForServices
        interaction.applicable = true
        interaction.channels = [.web]
        interaction.eEnabledOn = CalendarDay("2026-01-01")
        let day = CalendarDay("2026-12-01")!
        let form = OnlineForm()
        form.definition = Self.form
        func check(on text: String, ok: Bool) -> LinkCheck {
            let check = LinkCheck()
            check.checkedOn = CalendarDay(text)!
            check.checkedAt = CalendarDay(text)!.start
            check.ok = ok
            check.problem = ok ? nil : "Answered with status 404"
            return check
        }
        #expect(Verification(interaction, on: day, form: form, latestCheck: nil) == .form(since: CalendarDay("2026-01-01")!))
        #expect(Verification(interaction, on: day, form: nil, latestCheck: check(on: "2026-11-02", ok: true)) == .link(checkedOn: CalendarDay("2026-11-02")!))
        #expect(Verification(interaction, on: day, form: nil, latestCheck: check(on: "2026-10-31", ok: true)) == .staleCheck(checkedOn: CalendarDay("2026-10-31")!))
        #expect(!Verification(interaction, on: day, form: nil, latestCheck: check(on: "2026-11-30", ok: false)).isVerified)
        #expect(Verification(interaction, on: day, form: nil, latestCheck: nil) == .unchecked)
        #expect(Verification(interaction, on: CalendarDay("2025-12-31")!, form: form, latestCheck: nil) == .notEEnabled)
    }

    @Test("An Open311 key's last use is written at most once a minute, so an application's every request is not also a write")
    func keyUseIsRecordedOnceAMinute() async throws {
        try await withDatabase { db in
            let council = try await FrontOfficeCouncil.make(on: db)
            let start = Date(timeIntervalSince1970: 1_067_904_000)
            let (key, secret) = try await Open311KeyRegister.issue(named: "FixMyStreet", for: council.organisation, by: .commandLine, at: start, on: db)
            for (seconds, expected) in [(0.0, 0.0), (30, 0), (61, 61), (90, 61)] {
                _ = try await Open311KeyRegister.authenticate(secret.value, for: council.id, at: start.addingTimeInterval(seconds), on: db)
                let stored = try await Open311Key.find(key.id, on: db)
                #expect(stored?.lastUsedAt == start.addingTimeInterval(expected), "after \(seconds) s")
            }
        }
    }
}
