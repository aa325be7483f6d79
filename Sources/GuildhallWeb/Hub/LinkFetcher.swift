import GuildhallCore
import Vapor

/// Fetches an evidence URL as a resident's browser would, for the link checks: a GET that
/// follows redirects and gives up after ten seconds.
enum LinkFetcher {
    static func fetch(using client: any Client, logger: Logger) -> LinkCheckRegister.Fetch {
        { url in
            do {
                let response = try await client.send(.GET, headers: ["User-Agent": "Guildhall link checker"], to: URI(string: url.absoluteString)) { request in
                    request.timeout = .seconds(10)
                }
                return LinkAnswer(status: Int(response.status.code))
            } catch {
                logger.info("Link check of \(url.absoluteString) failed: \(error)")
                return LinkAnswer(status: nil, problem: "It did not answer")
            }
        }
    }
}
