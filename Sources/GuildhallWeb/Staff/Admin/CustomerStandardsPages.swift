import Foundation
import GuildhallCore
import Plot

/// The organisation's customer service standards and closure days, for its administrator.
enum CustomerStandardsPages {
    struct Model {
        var replyDays: [ContactChannel: String]
        var waitMinutes: String
        var closures: [ClosureDay]
        var closure: (day: String, label: String)
        var lastBankHoliday: CalendarDay?
        var bankHolidaysEndSoon: Bool
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(context,
            UI.heading("Standards and closure days"),
            .if(model.bankHolidaysEndSoon, UI.banner(.information, title: "The bank holidays run out soon", .p(.class("body"),
                .plain(model.lastBankHoliday.map { "The last bank holiday Guildhall knows is \($0.longDescription). " } ?? "Guildhall knows no bank holidays. "),
                .plain("Due dates after that count bank holidays as working days. Download GOV.UK’s bank-holidays.json and run "),
                .code(.plain("guildhall import bank-holidays FILE")), .plain(".")))),
            .if(!model.bankHolidaysEndSoon, .p(.class("body"), .plain(model.lastBankHoliday.map { "Bank holidays are known up to \($0.longDescription)." } ?? ""))),
            .h2(.class("heading-m"), .plain("Reply standards")),
            Fields.post(action: SiteURL.staff(.admin(.customerStandards)).path, csrf: context.csrfToken,
                .p(.class("body"), .plain("Working days within which a resident gets a first reply (or their case is closed), by the channel they used. Leave a channel blank for no standard.")),
                .group(ContactChannel.allCases.map { channel in
                    Fields.text("reply-\(channel.rawValue)", label: channel.label, value: model.replyDays[channel] ?? "", errors: context.errors, width: "3")
                }),
                Fields.text("waitMinutes", label: "INFO centre wait (minutes)", hint: "Visitors seen within this many minutes meet the standard",
                            value: model.waitMinutes, errors: context.errors, width: "3"),
                Fields.button("Save standards")),
            .h2(.class("heading-m"), .plain("Closure days")),
            .p(.class("body"), .plain("Days the offices are closed on top of the bank holidays, such as between Christmas and New Year. They are not working days for any due date.")),
            model.closures.isEmpty ? .p(.class("body"), .plain("No closure days.")) :
                UI.table(caption: "Closure days", head: ["Day", "Reason", ""], rows: model.closures.map { closure in
                    [
                        .plain(closure.day.longDescription), .plain(closure.label),
                        .a(.href(SiteURL.staff(.admin(.removeClosure(.value(closure.id!)))).path), .plain("Remove"),
                           .span(.class("visually-hidden"), .plain(" \(closure.day.longDescription)"))),
                    ]
                }),
            Fields.post(action: SiteURL.staff(.admin(.closures)).path, csrf: context.csrfToken,
                Fields.text("day", label: "Day", hint: "YYYY-MM-DD, like 2026-12-29", value: model.closure.day, errors: context.errors, width: "10"),
                Fields.text("label", label: "Reason", value: model.closure.label, errors: context.errors),
                Fields.button("Add closure day", secondary: true))
        )
    }

    static func confirmRemove(_ context: PageContext, _ closure: ClosureDay) -> HTML {
        Layout.page(context,
            UI.backLink(SiteURL.staff(.admin(.customerStandards)).path, "Standards and closure days"),
            UI.heading("Remove \(closure.day.longDescription) as a closure day?"),
            .p(.class("body"), .plain("Cases received from now on will count it as a working day. Due dates already given do not change.")),
            Fields.post(action: SiteURL.staff(.admin(.removeClosure(.value(closure.id!)))).path, csrf: context.csrfToken,
                .div(.class("button-group"), Fields.button("Remove closure day", warning: true),
                     .a(.class("link"), .href(SiteURL.staff(.admin(.customerStandards)).path), .plain("Cancel"))))
        )
    }
}
