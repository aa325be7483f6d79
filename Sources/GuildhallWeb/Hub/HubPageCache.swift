import GuildhallCore
import NIOConcurrencyHelpers
import Vapor

/// Keeps the Hub's catalogue pages as they were drawn for visitors without a session, and gives
/// them again while the database's `HubVersion` and the day are the same. The version is read
/// for every request unless a `HubVersionWatch` is told of its moves, so a change made on any
/// node is seen by every node as soon as it commits. A member of staff, or anyone with a
/// session, always gets a fresh page.
final class HubPageCache: Sendable {
    struct Page: Sendable {
        var body: ByteBuffer
        var contentType: String
    }

    private struct Store {
        var version = -1
        var day = ""
        var pages: [String: Page] = [:]
    }

    static let capacity = 2000
    private let store = NIOLockedValueBox(Store())

    func page(_ key: String, version: Int, day: String) -> Page? {
        store.withLockedValue { store in
            guard store.version == version, store.day == day else { return nil }
            return store.pages[key]
        }
    }

    func keep(_ page: Page, _ key: String, version: Int, day: String) {
        store.withLockedValue { store in
            if store.version != version || store.day != day || store.pages.count >= Self.capacity {
                store = Store(version: version, day: day)
            }
            store.pages[key] = page
        }
    }
}

/// Serves the cached page when there is one, and keeps what is drawn when it may be kept.
struct HubCaching: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.cookies[StaffSession.cookieName] == nil else { return try await next.respond(to: request) }
        let cache = request.application.guildhall.hubPages
        let version = try await request.application.guildhall.hubVersion.current(on: request.db)
        let day = CalendarDay(request.now).description
        let key = request.url.string
        if let page = cache.page(key, version: version, day: day) {
            let response = Response(status: .ok, body: .init(buffer: page.body))
            response.headers.replaceOrAdd(name: .contentType, value: page.contentType)
            return response
        }
        let response = try await next.respond(to: request)
        if response.status == .ok, response.headers[.setCookie].isEmpty, let body = response.body.buffer,
           let type = response.headers.first(name: .contentType) {
            cache.keep(.init(body: body, contentType: type), key, version: version, day: day)
        }
        return response
    }
}
