import Vapor

/// Signing in and out, and a member of staff's own home page and password.
enum AccountRoutes {
    static func register(on routes: any RoutesBuilder) {
        routes.get(SiteURL.signIn.pathComponents, use: SignInController.show)
        routes.post(SiteURL.signIn.pathComponents, use: SignInController.submit)
        routes.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)

        let signedIn = routes.grouped(RequireSignedIn())
        signedIn.get(SiteURL.staffHome.pathComponents, use: StaffHomeController.show)
        signedIn.get(SiteURL.accountPassword.pathComponents, use: AccountController.editPassword)
        signedIn.post(SiteURL.accountPassword.pathComponents, use: AccountController.updatePassword)
    }
}
