import Foundation
import GuildhallCore

/// Something a form offers to choose by its id, such as a division or a member of staff.
struct Choice: Equatable {
    var id: UUID
    var name: String

    init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }

    init(_ division: Division) throws { self.init(id: try division.requireID(), name: division.name) }
    init(_ user: User) throws { self.init(id: try user.requireID(), name: user.name) }
    init(_ organisation: Organisation) throws { self.init(id: try organisation.requireID(), name: organisation.name) }
}
