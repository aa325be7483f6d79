import GuildhallCore

/// A consultative body or a body of the decision chain, as the statement's pages offer it.
struct Committee: Equatable {
    var slug: String
    var name: String

    init(_ body: GoverningBody) {
        slug = body.slug
        name = body.name
    }
}
