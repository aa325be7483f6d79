import Foundation
import GuildhallCore
import Plot

/// A division's work queue: its open cases, earliest due first.
enum WorkQueuePages {
    struct Model {
        var filter: CaseQueueFilter
        var mine: Bool
        var cases: [CaseRow]
        var paging: Paging
        var divisions: [Choice]
        var officers: [Choice]
        var services: [Choice]
        var today: CalendarDay

        var query: [String: String?] {
            ["division": filter.divisionID?.uuidString, "status": filter.status?.rawValue, "officer": mine ? "me" : filter.officerID?.uuidString,
             "service": filter.serviceID?.uuidString, "due": filter.due?.rawValue]
        }
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        let filter = model.filter
        let division = model.divisions.first { $0.id == filter.divisionID }
        return Layout.page(context,
            UI.heading("Work queue", caption: model.mine ? "Assigned to me" : division?.name ?? "Every division"),
            Fields.get(action: SiteURL.staff(.frontOffice(.queue)).path,
                .div(.class("filters"),
                    Fields.select("division", label: "Division", options: [.init(value: "", label: "Every division")] + model.divisions.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: filter.divisionID?.uuidString ?? "", errors: FieldErrors()),
                    Fields.select("officer", label: "Officer", options: [.init(value: "", label: "Anyone"), .init(value: "me", label: "Assigned to me")]
                                    + model.officers.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: model.mine ? "me" : filter.officerID?.uuidString ?? "", errors: FieldErrors()),
                    Fields.select("status", label: "Status", options: [.init(value: "", label: "Any open status")] + CaseStatus.openStatuses.map { .init(value: $0.rawValue, label: $0.label) },
                                  selected: filter.status?.rawValue ?? "", errors: FieldErrors()),
                    Fields.select("service", label: "Service", options: [.init(value: "", label: "Any service")] + model.services.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: filter.serviceID?.uuidString ?? "", errors: FieldErrors()),
                    Fields.select("due", label: "Due", options: [
                        .init(value: "", label: "Whenever"), .init(value: "overdue", label: "Overdue"),
                        .init(value: "soon", label: "Due within \(CaseQueue.soonDays) working days"),
                    ], selected: filter.due?.rawValue ?? "", errors: FieldErrors()),
                    Fields.button("Show cases", secondary: true))),
            model.cases.isEmpty
                ? .p(.class("body"), .plain("No open cases match."))
                : CasePages.list(model.cases, caption: "Open cases, earliest due first (\(model.paging.total))", today: model.today, showResident: true),
            UI.pagination(model.paging) { page in
                var query = model.query
                query["page"] = String(page)
                return SiteURL.staff(.frontOffice(.queue)).path(query: query)
            }
        )
    }
}
