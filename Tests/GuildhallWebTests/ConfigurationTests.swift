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

    @Test("Links in messages start with GUILDHALL_PUBLIC_URL, or the local address on the port; an address that is not one is refused")
    func publicURL() throws {
        #expect(try GuildhallConfiguration.fromEnvironment([:]).publicURL == "http://localhost:8080")
        #expect(try GuildhallConfiguration.fromEnvironment(["PORT": "9000"]).publicURL == "http://localhost:9000")
        #expect(try GuildhallConfiguration.fromEnvironment(["GUILDHALL_PUBLIC_URL": "https://hub.wyvernvale.gov.uk"]).publicURL == "https://hub.wyvernvale.gov.uk")
        #expect { try GuildhallConfiguration.fromEnvironment(["GUILDHALL_PUBLIC_URL": "hub.wyvernvale.gov.uk"]) } throws: { error in
            String(describing: error).hasPrefix("GUILDHALL_PUBLIC_URL must be the site's address")
        }
    }
}
