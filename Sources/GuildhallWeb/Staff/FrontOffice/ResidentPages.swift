import Foundation
import GuildhallCore
import Plot

/// Finding, adding and showing residents.
enum ResidentPages {
    static func search(_ context: PageContext, query: String, residents: [Resident], paging: Paging, isCapped: Bool, canAdd: Bool) -> HTML {
        Layout.page(context,
            UI.heading("Residents"),
            searchForm(query),
            .if(canAdd, .p(.class("body"), .a(.class("button button--secondary"), .href(SiteURL.staff(.frontOffice(.newResident)).path), .plain("Add a resident")))),
            .if(!query.isEmpty, .group(
                .if(isCapped, .p(.class("body"), .plain("These are the first \(Format.count(ResidentSearch.candidateLimit)) of more residents who match: add a first name, a postcode or a phone number to narrow the search."))),
                residents.isEmpty
                    ? .p(.class("body"), .plain("No resident matches “\(query)”. Check the spelling, or search by phone number, postcode or case reference."))
                    : list(residents, caption: "Residents matching “\(query)” (\(paging.total))") { SiteURL.staff(.frontOffice(.resident(.value($0.id!)))).path },
                UI.pagination(paging) { SiteURL.staff(.frontOffice(.residents)).path(query: ["q": query, "page": String($0)]) })))
    }

    static func searchForm(_ query: String, action: String = SiteURL.staff(.frontOffice(.residents)).path, hidden: [String: String] = [:]) -> Node<HTML.BodyContext> {
        Fields.get(action: action,
            .group(hidden.sorted { $0.key < $1.key }.map { .input(.type(.hidden), .name($0.key), .value($0.value)) }),
            .div(.class("search"),
                Fields.text("q", label: "Find a resident", hint: "Name (any part), email, phone number, postcode or case reference", value: query,
                            errors: FieldErrors(), type: "search", spellcheck: false),
                Fields.button("Search", secondary: true)))
    }

    /// Residents in a table, each linking to `link`.
    static func list(_ residents: [Resident], caption: String, link: (Resident) -> String) -> Node<HTML.BodyContext> {
        UI.table(caption: caption, head: ["Name", "Postcode", "Phone", "Email"], rows: residents.map { resident in
            [
                .a(.href(link(resident)), .plain(resident.name)),
                .plain(resident.postcode ?? "–"), .plain(resident.phone ?? "–"), .plain(resident.email ?? "–"),
            ]
        })
    }

    static func form(_ context: PageContext, draft: ResidentDraft, action: String, duplicates: [PossibleDuplicate] = [], returnTo: String = "") -> HTML {
        let editing = action != SiteURL.staff(.frontOffice(.newResident)).path
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.frontOffice(.residents)).path, "Residents"),
            UI.heading(editing ? "Change \(draft.name)’s details" : "Add a resident"),
            .if(!duplicates.isEmpty, UI.banner(.information, title: "This may be someone already known", .group(
                .p(.class("body"), .plain("Check these residents before adding a new one. If one is the same person, use their record instead.")),
                UI.table(caption: "Possible matches", head: ["Name", "Postcode", "Matched on", ""], rows: duplicates.map { match in
                    [
                        .plain(match.resident.name), .plain(match.resident.postcode ?? "–"),
                        .plain(match.rules.map(label).joined(separator: ", ")),
                        .a(.href(returnTo == "contact"
                                 ? SiteURL.staff(.frontOffice(.newContact)).path(query: ["resident": match.resident.id!.uuidString])
                                 : SiteURL.staff(.frontOffice(.resident(.value(match.resident.id!)))).path),
                           .plain("Use this resident"), .span(.class("visually-hidden"), .plain(" (\(match.resident.name))"))),
                    ]
                })))),
            Fields.post(action: action, csrf: context.csrfToken,
                .input(.type(.hidden), .name("returnTo"), .value(returnTo)),
                .if(!duplicates.isEmpty, .input(.type(.hidden), .name("confirmed"), .value("yes"))),
                Fields.choices("kind", legend: "Who is this?", options: Resident.Kind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: [draft.kindChoice], errors: context.errors, multiple: false),
                Fields.text("name", label: "Name", value: draft.name, errors: context.errors, autocomplete: "off", spellcheck: false),
                Fields.text("email", label: "Email address (optional)", value: draft.email, errors: context.errors, type: "email", autocomplete: "off", spellcheck: false),
                Fields.text("phone", label: "Phone number (optional)", value: draft.phone, errors: context.errors, type: "tel", autocomplete: "off", width: "20"),
                Fields.textarea("address", label: "Address (optional)", hint: "One line for each part, without the postcode",
                                value: draft.addressLines.joined(separator: "\n"), errors: context.errors, rows: 4),
                Fields.text("postcode", label: "Postcode (optional)", value: draft.postcode, errors: context.errors, autocomplete: "off", width: "10"),
                Fields.text("uprn", label: "UPRN (optional)", hint: "The property’s Unique Property Reference Number, if you know it",
                            value: draft.uprn, errors: context.errors, width: "20"),
                Fields.select("preferredChannel", label: "How they prefer to be contacted (optional)",
                              options: [.init(value: "", label: "No preference")] + ContactChannel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                              selected: draft.preferredChannelChoice, errors: context.errors),
                Fields.choices("consents", legend: "They agree to be contacted by", options: [
                    .init(value: "email", label: "Email"), .init(value: "text", label: "Text message"),
                ], selected: Set([draft.consentsToEmail ? "email" : "", draft.consentsToText ? "text" : ""]), errors: context.errors, multiple: true),
                Fields.choices("needs", legend: "What they need from us (optional)", options: Resident.Need.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                               selected: Set(draft.needChoices), errors: context.errors, multiple: true),
                Fields.textarea("notes", label: "Notes (optional)", value: draft.notes, errors: context.errors, rows: 3),
                Fields.button(editing ? "Save changes" : duplicates.isEmpty ? "Add resident" : "Add as a new resident"))
        )
    }

    struct Show {
        var resident: Resident
        var contacts: [ContactRow]
        var cases: [CaseRow]
        var duplicates: [PossibleDuplicate]
        var today: CalendarDay
        var canChange: Bool
        var canSeeViews: Bool
        /// The latest message to them that could not be delivered, so staff know to phone.
        var undelivered: (at: Date, channel: NotificationChannel, recipient: String, reason: String?)?
    }

    static func show(_ context: PageContext, _ model: Show) -> HTML {
        let resident = model.resident, id = resident.id!
        return Layout.page(context,
            UI.backLink(SiteURL.staff(.frontOffice(.residents)).path, "Residents"),
            UI.heading(resident.name, caption: resident.kind == .organisation ? "Organisation" : "Resident"),
            .unwrap(model.undelivered) { failed in
                UI.banner(.information, title: "Our last message could not be delivered",
                          .p(.class("body"), .plain("\(failed.channel.label) to \(failed.recipient) on \(LondonTime.format(failed.at)): \(failed.reason ?? "no reason given"). Phone or write to them, and check their details.")))
            },
            .if(model.canChange, .div(.class("button-group"),
                .a(.class("button"), .href(SiteURL.staff(.frontOffice(.newContact)).path(query: ["resident": id.uuidString])), .plain("Take a contact")),
                .a(.class("button button--secondary"), .href(SiteURL.staff(.frontOffice(.editResident(.value(id)))).path), .plain("Change details")))),
            UI.summaryList([
                .init(key: "Email", value: .plain(resident.email ?? "–")),
                .init(key: "Phone", value: .plain(resident.phone ?? "–")),
                .init(key: "Address", value: .group(.group(resident.addressLines.map { .group(.plain($0), .br()) }), .plain(resident.postcode ?? (resident.addressLines.isEmpty ? "–" : "")))),
                .init(key: "UPRN", value: .plain(resident.uprn ?? "–")),
                .init(key: "Prefers", value: .plain(resident.preferredChannel?.label ?? "No preference")),
                .init(key: "Agrees to be contacted by", value: .plain([resident.consentsToEmail ? "Email" : nil, resident.consentsToText ? "Text message" : nil].compactMap { $0 }.joined(separator: ", ").nilIfEmpty ?? "Neither email nor text")),
                .init(key: "Needs", value: .plain(resident.needs.map(\.label).joined(separator: ", ").nilIfEmpty ?? "None recorded")),
                .init(key: "Notes", value: .plain(resident.notes.nilIfEmpty ?? "–")),
            ]),
            .if(model.canChange && !model.duplicates.isEmpty, .group(
                .h2(.class("heading-m"), .plain("Possibly the same person")),
                UI.table(caption: "Residents who match \(resident.name)", head: ["Name", "Matched on", "", ""], rows: model.duplicates.map { match in
                    let other = match.resident.id!
                    return [
                        .a(.href(SiteURL.staff(.frontOffice(.resident(.value(other)))).path), .plain(match.resident.name)),
                        .plain(match.rules.map(label).joined(separator: ", ")),
                        Fields.post(action: SiteURL.staff(.frontOffice(.distinguishResident(.value(id)))).path, csrf: context.csrfToken,
                                    .input(.type(.hidden), .name("other"), .value(other.uuidString)),
                                    .el("button", .attr("type", "submit"), .class("button button--secondary button--small"),
                                        .plain("Not the same person"), .span(.class("visually-hidden"), .plain(" as \(match.resident.name)")))),
                        .a(.href(SiteURL.staff(.frontOffice(.mergeResident(.value(id)))).path(query: ["other": other.uuidString])),
                           .plain("Merge into this record"), .span(.class("visually-hidden"), .plain(" (\(match.resident.name))"))),
                    ]
                }))),
            .h2(.class("heading-m"), .plain("Cases")),
            model.cases.isEmpty ? .p(.class("body"), .plain("No cases.")) : CasePages.list(model.cases, caption: "\(resident.name)’s cases, newest first", today: model.today),
            .h2(.class("heading-m"), .plain("Contacts")),
            model.contacts.isEmpty ? .p(.class("body"), .plain("No contacts.")) : UI.table(caption: "Contacts, newest first", head: ["When", "Channel", "Service", "Outcome", "Taken by"], rows: model.contacts.map { contact in
                [
                    .plain(LondonTime.format(contact.occurredAt)),
                    .plain(contact.channel),
                    .plain(contact.service),
                    contact.caseReference.map { .group(.plain("Case "), .a(.href(SiteURL.staff(.frontOffice(.case(.value($0)))).path), .plain($0))) }
                        ?? .plain(contact.outcome.label),
                    .plain(contact.staff),
                ]
            }),
            .if(model.canSeeViews, .p(.class("body"), .a(.href(SiteURL.staff(.frontOffice(.residentViews(.value(id)))).path), .plain("Who has opened this record"))))
        )
    }

    static func confirmMerge(_ context: PageContext, kept: Resident, merged: Resident) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.frontOffice(.resident(.value(kept.id!)))).path, kept.name),
            UI.heading("Merge \(merged.name) into this record?", caption: kept.name),
            .p(.class("body"), .plain("Every contact and case of the second record moves to the first. Details the first record lacks are taken from the second, and notes are joined. The second record’s id will open the first from now on. This cannot be undone.")),
            UI.table(caption: "The two records", head: ["", "Kept", "Merged into it"], rows: [
                ("Name", kept.name, merged.name), ("Email", kept.email ?? "–", merged.email ?? "–"), ("Phone", kept.phone ?? "–", merged.phone ?? "–"),
                ("Postcode", kept.postcode ?? "–", merged.postcode ?? "–"),
            ].map { [.plain($0.0), .plain($0.1), .plain($0.2)] }),
            Fields.post(action: SiteURL.staff(.frontOffice(.mergeResident(.value(kept.id!)))).path, csrf: context.csrfToken,
                .input(.type(.hidden), .name("other"), .value(merged.id!.uuidString)),
                .div(.class("button-group"), Fields.button("Merge the records", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.frontOffice(.resident(.value(kept.id!)))).path), .plain("Cancel"))))
        )
    }

    static func views(_ context: PageContext, resident: Resident, views: [RecordView]) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.frontOffice(.resident(.value(resident.id!)))).path, resident.name),
            UI.heading("Who has opened this record", caption: resident.name),
            UI.table(caption: "Each time a member of staff opened it, newest first (the latest 200)", head: ["When", "Who", "How"], rows: views.map { view in
                [.plain(LondonTime.format(view.viewedAt)), .plain(view.viewer), .plain(view.via == "api" ? "Through the API" : "On the staff pages")]
            })
        )
    }

    static func label(_ rule: DuplicateRule) -> String {
        switch rule {
        case .email: "Same email address"
        case .phone: "Same phone number"
        case .surnameAndPostcode: "Same surname and postcode"
        }
    }
}
