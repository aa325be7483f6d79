import Foundation
@testable import GuildhallWeb
import GuildhallCore
import Testing

@Suite("Configuration from the environment")
struct ConfigurationTests {
    @Test("The Hub's limit on requests from one address is 30 an hour unless GUILDHALL_REQUEST_LIMIT says otherwise, and nonsense is refused with a reason")
    func requestLimit() throws {
        #expect(try GuildhallConfiguration.fromEnvironment([:]).requestLimit == 30)
        #expect(try GuildhallConfiguration.fromEnvironment(["GUILDHALL_REQUEST_LIMIT": "500"]).requestLimit == 500)
        #expect { try GuildhallConfiguration.fromEnvironment(["GUILDHALL_REQUEST_LIMIT": "lots"]) } throws: { error in
            String(describing: error).hasPrefix("GUILDHALL_REQUEST_LIMIT must be a whole number")
        }
    }
}
