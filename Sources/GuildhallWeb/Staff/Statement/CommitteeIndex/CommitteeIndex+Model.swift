import Foundation
import GuildhallCore
import Vapor

/// The organisation's consultative bodies and its decision chain.
enum CommitteeIndex {
    struct Model: Equatable {
        var organisation: String
        var consultative: [Committee]
        var chain: [Committee]
        var canAdd: Bool
    }

    static func query(_ req: Request) async throws -> Model {
        let staff = try req.staff
        func bodies(_ kind: GoverningBody.Kind) async throws -> [Committee] {
            try await ConsultationRegister.bodies(kind, of: staff.organisationID, on: req.db).map(Committee.init)
        }
        return Model(organisation: staff.organisation.name, consultative: try await bodies(.consultative), chain: try await bodies(.decision),
                     canAdd: staff.may(.manageStatement))
    }
}
