import Vapor

/// Signing in and out, and a member of staff's own home page and password.
enum AccountRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.staff(.signIn).pathComponents, use: SignInController.show)
        routes.post(SiteURL.staff(.signIn).pathComponents, use: SignInController.submit)
        routes.post(SiteURL.staff(.signOut).pathComponents, use: SignInController.signOut)

        let signedIn = routes.grouped(RequireSignedIn())
        signedIn.get(SiteURL.staff(.home).pathComponents, use: StaffHomeController.show)
        signedIn.get(SiteURL.staff(.accountPassword).pathComponents, use: AccountController.editPassword)
        signedIn.post(SiteURL.staff(.accountPassword).pathComponents, use: AccountController.updatePassword)
    }
}
