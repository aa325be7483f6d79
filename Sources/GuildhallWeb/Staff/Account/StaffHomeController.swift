import GuildhallCore
import Vapor

enum StaffHomeController {
    static func show(req: Request) async throws -> Response {
        let staff = try req.staff
        var home = StaffPages.Home(staff)
        if staff.may(.readResidents), staff.roles.contains(.backOffice) || staff.roles.contains(.frontOffice) {
            home.due = try await due(req, staff)
        }
        return StaffPages.home(await req.page("Staff home"), home).response()
    }

    /// What is due in the member's division, and of what is assigned to them.
    private static func due(_ req: Request, _ staff: StaffMember) async throws -> [StaffPages.Due] {
        let calendar = try await StandardsRegister.calendar(for: staff.organisationID, on: req.db)
        let today = CalendarDay(req.now)
        var queues: [(String, CaseQueueFilter, [String: String?])] = [("Assigned to you", CaseQueueFilter(officerID: staff.user.id), ["officer": "me"])]
        if let division = staff.user.division {
            queues.append((division.name, CaseQueueFilter(divisionID: division.id), ["division": division.id?.uuidString]))
        }
        var due: [StaffPages.Due] = []
        for (name, filter, query) in queues {
            let counts = try await CaseQueue.counts(filter, in: staff.organisationID, today: today, calendar: calendar, on: req.db)
            due.append(.init(queue: name, overdue: counts.overdue, soon: counts.soon, query: query))
        }
        return due
    }
}
