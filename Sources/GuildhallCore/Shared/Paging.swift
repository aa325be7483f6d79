import FluentKit

/// Which page of a long list is shown. A page number beyond the end shows the last page.
public struct Paging: Sendable, Equatable {
    public var page: Int
    public var perPage: Int
    public var total: Int

    public init(requested: Int?, perPage: Int, total: Int) {
        self.perPage = perPage
        self.total = total
        self.page = 1
        self.page = min(max(requested ?? 1, 1), pageCount)
    }

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
    public var range: Range<Int> { ((page - 1) * perPage)..<(page * perPage) }
}

extension QueryBuilder {
    /// One page of the query's results, counting first so the page number can be kept in range.
    public func paged(_ requested: Int?, perPage: Int) async throws -> (items: [Model], paging: Paging) {
        let paging = Paging(requested: requested, perPage: perPage, total: try await copy().count())
        return (try await copy().range(paging.range).all(), paging)
    }
}
