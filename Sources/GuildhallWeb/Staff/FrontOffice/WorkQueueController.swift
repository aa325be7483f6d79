import Fluent
import GuildhallCore
import Vapor

enum WorkQueueController {
    /// The queue as the filters ask; with no filters, a back-office officer's own division.
    static func show(req: Request) async throws -> Response {
        let staff = try req.staff
        func id(_ key: String) -> UUID? { (try? req.query.get(String.self, at: key)).flatMap(UUID.init(uuidString:)) }
        let asked = req.url.query?.isEmpty == false
        let mine = (try? req.query.get(String.self, at: "officer")) == "me"
        var filter = CaseQueueFilter(
            divisionID: asked ? id("division") : staff.user.$division.id, officerID: mine ? staff.user.id : id("officer"),
            status: (try? req.query.get(String.self, at: "status")).flatMap(CaseStatus.init(rawValue:)), serviceID: id("service"),
            due: (try? req.query.get(String.self, at: "due")).flatMap(CaseQueueFilter.Due.init(rawValue:)))
        if case .division(let own) = staff.frontOfficeAccess { filter.divisionID = own }
        let calendar = try await StandardsRegister.calendar(for: staff.organisationID, on: req.db)
        let today = CalendarDay(req.now)
        let (cases, paging) = try await CaseQueue.page(filter, in: staff.organisationID, today: today, calendar: calendar,
                                                       requested: try? req.query.get(Int.self, at: "page"), perPage: 25, on: req.db)
        var divisions = try await DivisionRegister.all(in: staff.organisationID, on: req.db)
        if case .division(let own) = staff.frontOfficeAccess { divisions = divisions.filter { $0.id == own } }
        let officers = try await User.query(on: req.db).filter(\.$organisation.$id == staff.organisationID).filter(\.$isActive == true)
            .with(\.$roleGrants).sort(\.$name).all().filter { $0.roles.contains(.backOffice) }
        let services = try await Service.query(on: req.db).filter(\.$organisation.$id == staff.organisationID).sort(\.$name).all()
        let model = WorkQueuePages.Model(filter: filter, mine: mine, cases: cases.map { CaseRow($0, today: today) }, paging: paging,
                                         divisions: try divisions.map(Choice.init), officers: try officers.map(Choice.init),
                                         services: services.map { Choice(id: $0.id!, name: $0.name) }, today: today)
        return WorkQueuePages.page(await req.page("Work queue"), model).response()
    }
}
