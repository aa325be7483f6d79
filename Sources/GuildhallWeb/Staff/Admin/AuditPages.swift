import Foundation
import GuildhallCore
import Plot

enum AuditPages {
    /// One change in the trail, with the fields it changed.
    struct Row: Equatable {
        var occurredAt: Date
        var actor: String
        var action: String
        var entity: String
        var entityID: String
        var before: [String: String]
        var after: [String: String]

        init(_ entry: AuditEntry) {
            occurredAt = entry.occurredAt
            actor = entry.actorName
            action = entry.action
            entity = entry.entity
            entityID = entry.entityID
            before = AuditRegister.decode(entry.before)
            after = AuditRegister.decode(entry.after)
        }
    }

    struct Filters {
        var from = ""
        var to = ""
        var person = ""
        var entity = ""

        var query: [String: String?] { ["from": from, "to": to, "person": person, "entity": entity] }
    }

    static func index(
        _ context: PageContext, entries: [Row], paging: Paging, filters: Filters, people: [Choice], entities: [String]
    ) -> HTML {
        Layout.page(context,
            UI.heading("Audit trail", caption: context.signedIn?.organisation),
            .p(.class("body"), .plain("Every change to this organisation’s records: who made it, when, and the values before and after. Entries can never be changed or deleted.")),
            Fields.get(action: SiteURL.staff(.admin(.audit)).path,
                .div(.class("filters"),
                    Fields.text("from", label: "From", hint: "For example, 2003-04-01", value: filters.from, errors: context.errors, type: "date", width: "10"),
                    Fields.text("to", label: "To", hint: "Includes this day", value: filters.to, errors: context.errors, type: "date", width: "10"),
                    Fields.select("person", label: "Person", options: [.init(value: "", label: "Anyone")] + people.map { .init(value: $0.id.uuidString, label: $0.name) },
                                  selected: filters.person, errors: context.errors),
                    Fields.select("entity", label: "Record", options: [.init(value: "", label: "Any record")] + entities.map { .init(value: $0, label: $0) },
                                  selected: filters.entity, errors: context.errors)),
                .div(.class("button-group"),
                     Fields.button("Apply filters", secondary: true),
                     .a(.class("link"), .attr("href", SiteURL.staff(.admin(.auditCSV)).path(query: filters.query)), .plain("Download these entries as CSV")))
            ),
            entries.isEmpty
                ? .p(.class("body"), .plain("No changes match these filters."))
                : UI.table(caption: "Changes, newest first (\(paging.total))", head: ["When", "Who", "Action", "Record", "Changes"], rows: entries.map { entry in
                    [
                        .plain(LondonTime.format(entry.occurredAt)), .plain(entry.actor), .plain(entry.action),
                        .group(.plain(entry.entity), .br(), .span(.class("hint"), .plain(entry.entityID))),
                        changes(entry),
                    ]
                }),
            UI.pagination(paging) { page in
                var query = filters.query
                query["page"] = String(page)
                return SiteURL.staff(.admin(.audit)).path(query: query)
            }
        )
    }

    private static func changes(_ entry: Row) -> Node<HTML.BodyContext> {
        let before = entry.before, after = entry.after
        let keys = Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
        guard !keys.isEmpty else { return .plain("–") }
        return .ul(.class("list changes"), .group(keys.map { key in
            .li(.strong(.plain(key)), .plain(": "),
                .unwrap(before[key]) { .group(.el("del", .plain($0.isEmpty ? "(empty)" : $0)), .plain(" → ")) },
                .el("ins", .plain(after[key].map { $0.isEmpty ? "(empty)" : $0 } ?? "(removed)")))
        }))
    }
}
