import GuildhallCore
import Plot

enum PublicPages {
    static func accessibility(_ context: PageContext) -> HTML {
        Layout.page(context,
            UI.heading("Accessibility statement"),
            .p(.class("body"), .plain("This statement applies to every page Guildhall serves: the public pages, the staff pages and the documents they produce. We want as many people as possible to be able to use it. You should be able to:")),
            .ul(.class("list list--bullet"),
                .li(.plain("change colours, contrast levels and fonts using your browser or device settings")),
                .li(.plain("zoom in up to 400% without the text spilling off the screen")),
                .li(.plain("navigate every page using just a keyboard")),
                .li(.plain("use every page without JavaScript")),
                .li(.plain("listen to every page using a screen reader such as NVDA, JAWS or VoiceOver"))),
            .h2(.class("heading-m"), .plain("Compliance status")),
            .p(.class("body"), .plain("Guildhall is designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked automatically with axe-core in Chromium each time the software changes, and the main journeys are tested using only a keyboard.")),
            .h2(.class("heading-m"), .plain("Feedback and contact information")),
            .p(.class("body"), .plain("If you find a problem that is not listed here, or you need information in a different format such as large print, easy read, audio recording or braille, contact the council’s customer services. Tell us the web address of the page and what you were trying to do.")),
            .h2(.class("heading-m"), .plain("Enforcement procedure")),
            .p(.class("body"), .plain("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).")),
            .h2(.class("heading-m"), .plain("How we tested this website")),
            .p(.class("body"), .plain("Each page, for every kind of user, is audited against WCAG 2.0, 2.1 and 2.2 at levels A and AA with axe-core, and signing in and out is tested with the keyboard alone. Pages are checked to reflow at 320 pixels wide."))
        )
    }

    static func error(_ context: PageContext, status: UInt, heading: String, message: String) -> HTML {
        Layout.page(context,
            UI.heading(heading),
            .p(.class("body"), .plain(message)),
            .p(.class("body"), .a(.href(context.signedIn == nil ? SiteURL.hub(.home).path : SiteURL.staff(.home).path), .plain(context.signedIn == nil ? "Go to the home page" : "Go to your staff home page"))),
            .p(.class("hint"), .plain("Error code \(status)"))
        )
    }
}
