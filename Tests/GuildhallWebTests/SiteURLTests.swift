import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Testing
import Vapor

@Suite("Site URLs")
struct SiteURLTests {
    static let id = UUID()

    /// One link to every page and endpoint, with values in place of the parameters.
    static let links: [SiteURL] = {
        let id = Parameter<UUID>.value(SiteURLTests.id), key = Parameter<String>.value("priority-services")
        let staff: [SiteURL.Staff] = [
            .home, .signIn, .signOut, .accountPassword,
            .admin(.organisations), .admin(.newOrganisation), .admin(.organisation(.value("wyvern-vale"))),
            .admin(.divisions), .admin(.newDivision), .admin(.division(id)),
            .admin(.users), .admin(.newUser), .admin(.user(id)), .admin(.userPassword(id)),
            .admin(.tokens), .admin(.newToken), .admin(.revokeToken(id)), .admin(.audit), .admin(.auditCSV),
            .admin(.open311Keys), .admin(.newOpen311Key), .admin(.revokeOpen311Key(id)), .admin(.homeCouncil),
            .admin(.notify), .admin(.notifyCallbackToken), .admin(.outbox), .admin(.retryMessage(id)),
            .catalogue(.index), .catalogue(.export), .catalogue(.newService), .catalogue(.service(id)), .catalogue(.editService(id)),
            .catalogue(.interaction(id, .value(6))), .catalogue(.upload), .catalogue(.pendingImport(id)),
            .catalogue(.form(id)), .catalogue(.newFormQuestion(id)), .catalogue(.formQuestion(id, .value(2))), .catalogue(.moveFormQuestion(id, .value(2))),
            .catalogue(.removeFormQuestion(id, .value(2))), .catalogue(.unpublishForm(id)), .catalogue(.previewForm(id)),
            .performance(.dashboard), .performance(.download(.value("trajectory.csv"))), .performance(.snapshots),
            .performance(.snapshot(id)), .performance(.targets), .performance(.removeTarget(id)),
            .statements(.index), .statements(.committees), .statements(.statement(id)), .statements(.preview(id)),
            .statements(.deadline(id)), .statements(.submit(id)), .statements(.section(id, key)), .statements(.completeSection(id, key)),
            .statements(.assignSection(id, key)), .statements(.compareRevisions(id, key)), .statements(.fillTakeUp(id)), .statements(.consultations(id)),
            .statements(.consultation(id)), .statements(.consultationComments(id)), .statements(.disposition(id)),
            .statements(.decisions(id)), .statements(.submission(id)), .statements(.submissionDocument(id, .value("submission.json"))),
            .statements(.submissionReviews(id)), .statements(.national), .statements(.nationalCSV),
            .admin(.customerStandards), .admin(.closures), .admin(.removeClosure(id)),
            .frontOffice(.residents), .frontOffice(.newResident), .frontOffice(.resident(id)), .frontOffice(.editResident(id)),
            .frontOffice(.distinguishResident(id)), .frontOffice(.mergeResident(id)), .frontOffice(.residentViews(id)), .frontOffice(.newContact),
            .frontOffice(.case(.value("WV-23456A"))), .frontOffice(.caseUpdates(.value("WV-23456A"))), .frontOffice(.queue),
            .frontOffice(.compliance), .frontOffice(.complianceCSV), .frontOffice(.takeUp), .frontOffice(.sites), .frontOffice(.site(id)),
            .frontOffice(.visits(id)), .frontOffice(.callVisit(id)), .frontOffice(.visitLeft(id)),
        ]
        let api: [SiteURL.API] = [
            .me, .openAPI, .bvpi157(.value("wyvern-vale")), .statements(.value("wyvern-vale")), .statement(id), .section(id, key),
            .completeSection(id, key), .consultations(id), .comments(id), .disposition(id), .decisions(id), .submissions(id),
            .submission(.value("\(SiteURLTests.id).json")),
            .services(.value("wyvern-vale")), .customers(.value("wyvern-vale")), .customer(id), .contacts(.value("wyvern-vale")),
            .cases(.value("wyvern-vale")), .case(.value("WV-23456A")), .caseUpdates(.value("WV-23456A")), .standards(.value("wyvern-vale")),
            .takeUp(.value("wyvern-vale")), .serviceForm(.value("wyvern-vale"), .value("report-a-pothole")),
        ]
        let slug = Parameter<String>.value("report-a-pothole")
        let hub: [SiteURL.Hub] = [.service(slug), .startRequest(slug), .requestQuestion(slug, .value("depth")), .requestLocation(slug), .requestNearby(slug),
                                  .requestContact(slug), .requestCheck(slug), .requestSent(slug), .satisfaction(.value("WV-23456A"), .value("a-token_0"))]
        let open311: [SiteURL.Open311] = Open311Format.allCases.flatMap { format in
            [.discovery(format), .services(format), .requests(format), .updates(format)] as [SiteURL.Open311]
        } + [.service(.value("report-a-pothole.xml")), .request(.value("WV-23456A.json")), .token(.value("\(SiteURLTests.id).xml"))]
        return [.operations(.healthz), .operations(.metrics), .operations(.asset(.value("guildhall-0123456789ab.css"))), .operations(.deliveryReceipts),
                .hub(.home), .hub(.accessibility), .hub(.requests), .hub(.request(.value("WV-23456A"))), .hub(.services), .hub(.partners), .hub(.privacy)]
            + hub.map(SiteURL.hub)
            + staff.map(SiteURL.staff) + api.map(SiteURL.api) + open311.map(SiteURL.open311)
    }()

    @Test("Every link reaches the route registered from the same definition, and its parameters read back as the values it was built with")
    func everyLinkRoundTrips() async throws {
        try await withGuildhall { app, _ in
            let router = TrieRouter<Route>()
            let routes = app.routes.all.filter { $0.path.last != .catchall }
            for route in routes { router.register(route, at: [.constant(route.method.rawValue)] + route.path) }
            var reached: Set<String> = []
            for link in Self.links {
                let segments = link.path.split(separator: "/").map { String($0).removingPercentEncoding! }
                var found = false
                for method in [HTTPMethod.GET, .POST, .PUT] {
                    var parameters = Parameters()
                    guard let route = router.route(path: [method.rawValue] + segments, parameters: &parameters) else { continue }
                    found = true
                    reached.insert("\(route.method) \(route.path.string)")
                    #expect(route.path.count == link.parts.count, "\(link.path) reached \(route.path.string)")
                    for (component, part) in zip(route.path, link.parts) {
                        if case .parameter(let name) = component, case .constant(let value) = part {
                            #expect(parameters.get(name) == value, "\(link.path): \(name) read back as \(parameters.get(name) ?? "nothing")")
                        }
                    }
                }
                #expect(found, "\(link.path) reaches no route")
            }
            #expect(Self.links.map(\.path).count == Set(Self.links.map(\.path)).count, "two pages share an address")
            let unreached = routes.map { "\($0.method) \($0.path.string)" }.filter { !reached.contains($0) }
            #expect(unreached.isEmpty, "no link in this test reaches \(unreached)")
        }
    }

    @Test("The links in messages, which the domain writes as paths, are the site's own addresses for those pages")
    func messageLinks() {
        #expect(CaseLinks.tracking("WV-23456A") == SiteURL.hub(.request(.value("WV-23456A"))).path)
        #expect(CaseLinks.satisfaction("WV-23456A", token: "a-token_0") == SiteURL.hub(.satisfaction(.value("WV-23456A"), .value("a-token_0"))).path)
        #expect(CaseLinks.staffCase("WV-23456A") == SiteURL.staff(.frontOffice(.case(.value("WV-23456A")))).path)
        #expect(CaseLinks.dueSoonQueue == SiteURL.staff(.frontOffice(.queue)).path(query: ["due": CaseQueueFilter.Due.soon.rawValue]))
    }

    @Test("A typed parameter reads back the value a link was built with, and anything else in its place is no value")
    func typedParameters() {
        #expect(UUID(pathSegment: Self.id.pathSegment) == Self.id)
        #expect(Int(pathSegment: 6.pathSegment) == 6)
        #expect(UUID(pathSegment: "not-an-id") == nil)
        #expect(Int(pathSegment: "six") == nil)
        #expect(SiteURL.staff(.catalogue(.interaction(.value(Self.id), .value(6)))).path == "/staff/catalogue/services/\(Self.id)/interactions/6")
        #expect(SiteURL.staff(.catalogue(.service(.key))).pathComponents.map(\.description) == ["staff", "catalogue", "services", ":service"])
    }
}
