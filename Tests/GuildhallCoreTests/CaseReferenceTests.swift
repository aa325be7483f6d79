import Foundation
@testable import GuildhallCore
import Testing

@Suite("Case references")
struct CaseReferenceTests {
    struct Sequence: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test("A reference is the organisation's prefix and six characters, none of them 0, O, 1, I or L")
    func shape() {
        var generator = Sequence(state: 2003)
        let references = (0..<2000).map { _ in CaseReference.make(prefix: "WV", using: &generator) }
        for reference in references {
            #expect(reference.hasPrefix("WV-"))
            #expect(reference.count == 9)
            #expect(!reference.contains { "0O1IL".contains($0) })
            #expect(CaseReference.isReference(reference))
        }
        #expect(Set(references).count > 1990, "references are spread over the whole alphabet")
    }

    @Test("Prefixes come from the organisation's short name and leave out confusable letters")
    func prefixes() {
        #expect(CaseReference.prefix(for: "wyvern-vale") == "WV")
        #expect(CaseReference.prefix(for: "fenland") == "FE")
        #expect(CaseReference.prefix(for: "islington") == "SN")
        #expect(CaseReference.prefix(for: "north-east-lincolnshire") == "NE")
    }

    @Test("A reference typed in lower case or with spaces is read as the same; other text is not a reference")
    func reading() {
        #expect(CaseReference.normalise(" wv-7k3m 9p ") == "WV-7K3M9P")
        #expect(CaseReference.isReference("wv-7k3m9p"))
        #expect(!CaseReference.isReference("WV-7K3M9O"))
        #expect(!CaseReference.isReference("Okafor"))
    }
}
