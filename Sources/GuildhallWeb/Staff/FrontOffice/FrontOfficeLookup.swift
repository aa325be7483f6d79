import GuildhallCore
import Vapor

/// The residents and cases that paths name, for pages and the API alike: within the member's
/// organisation and what their role lets them see, or 404. Opening a resident's record is
/// recorded for the auditors.
enum FrontOfficeLookup {
    static func resident(_ req: Request, via: String) async throws -> Resident {
        let staff = try req.staff
        guard let id = req.parameters.get(.resident),
              let resident = try await ResidentRegister.find(id, in: staff.organisationID, on: req.db),
              try await staff.frontOfficeAccess.sees(resident, on: req.db)
        else { throw Abort(.notFound, reason: "No resident with that id is visible to you.") }
        try await ResidentRegister.recordView(of: resident, by: staff.actor, via: via, at: req.now, on: req.db)
        return resident
    }

    static func `case`(_ req: Request) async throws -> Case {
        let staff = try req.staff
        guard let reference = req.parameters.get(.caseReference),
              let item = try await CaseRegister.find(reference: reference, in: staff.organisationID, on: req.db),
              staff.frontOfficeAccess.sees(item)
        else { throw Abort(.notFound, reason: "No case with that reference is visible to you.") }
        return item
    }

    /// The cases of a resident this member may see.
    static func cases(of resident: Resident, _ req: Request) async throws -> [Case] {
        let access = try req.staff.frontOfficeAccess
        return try await CaseRegister.cases(of: resident, on: req.db).filter(access.sees)
    }

    /// The contacts of a resident this member may see: back-office staff see those about their division's services.
    static func contacts(of resident: Resident, _ req: Request) async throws -> [Contact] {
        let contacts = try await ResidentRegister.contacts(of: resident, on: req.db)
        guard case .division(let id) = try req.staff.frontOfficeAccess else { return contacts }
        return contacts.filter { $0.service.$division.id == id }
    }
}
