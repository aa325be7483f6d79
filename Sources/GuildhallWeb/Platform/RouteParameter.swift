import Foundation
import Vapor

/// A value that can stand in a path: written into a link, read back from the route.
protocol PathValue: Hashable, Sendable {
    init?(pathSegment: String)
    var pathSegment: String { get }
}

extension String: PathValue {
    init?(pathSegment: String) { self = pathSegment }
    var pathSegment: String { self }
}

extension UUID: PathValue {
    init?(pathSegment: String) { self.init(uuidString: pathSegment) }
    var pathSegment: String { uuidString }
}

extension Int: PathValue {
    init?(pathSegment: String) { self.init(pathSegment, radix: 10) }
    var pathSegment: String { String(self) }
}

/// A route parameter, declared once with its name and its type: a route's pattern takes its
/// name, a link its value, and a handler reads the value back as that type.
struct RouteParameter<Value: PathValue>: Sendable {
    let name: String
}

/// A parameter's place in a `SiteURL`: the parameter itself, to register a route, or a value,
/// to build a link.
enum Parameter<Value: PathValue>: Hashable, Sendable {
    case key
    case value(Value)

    func part(_ parameter: RouteParameter<Value>) -> SiteURL.Part {
        switch self {
        case .key: .parameter(parameter.name)
        case .value(let value): .constant(value.pathSegment)
        }
    }
}

extension RouteParameter where Value == UUID {
    static var division: Self { .init(name: "division") }
    static var user: Self { .init(name: "user") }
    static var token: Self { .init(name: "token") }
    static var service: Self { .init(name: "service") }
    static var pendingImport: Self { .init(name: "import") }
    static var snapshot: Self { .init(name: "snapshot") }
    static var target: Self { .init(name: "target") }
    static var statement: Self { .init(name: "statement") }
    static var consultation: Self { .init(name: "consultation") }
    static var comment: Self { .init(name: "comment") }
    static var submission: Self { .init(name: "submission") }
    static var resident: Self { .init(name: "resident") }
    static var site: Self { .init(name: "site") }
    static var visit: Self { .init(name: "visit") }
    static var closure: Self { .init(name: "closure") }
    static var open311Key: Self { .init(name: "key") }
    static var message: Self { .init(name: "message") }
}

extension RouteParameter where Value == String {
    /// An organisation's short name, as in `wyvern-vale`.
    static var organisation: Self { .init(name: "organisation") }
    /// The token in a satisfaction survey's link.
    static var surveyToken: Self { .init(name: "survey") }
    /// A pro forma section's key, as in `priority-services`.
    static var section: Self { .init(name: "section") }
    /// One of the dashboard's CSV tables.
    static var table: Self { .init(name: "table") }
    /// One of a submission's documents, as in `submission.json`.
    static var document: Self { .init(name: "document") }
    static var asset: Self { .init(name: "asset") }
    /// A case's reference, as in `WV-4KX9QP`.
    static var caseReference: Self { .init(name: "reference") }
    /// A service's short name, as in `report-a-pothole`.
    static var serviceSlug: Self { .init(name: "service") }
    /// One of an online form's questions, by its code, as in `depth`.
    static var questionCode: Self { .init(name: "question") }
    /// An Open311 service code with its format, as in `pothole.xml`.
    static var serviceCode: Self { .init(name: "code") }
    /// An Open311 service request id with its format, as in `WV-4KX9QP.json`.
    static var open311Request: Self { .init(name: "request") }
    /// The token an Open311 client was given for a request, with its format.
    static var open311Token: Self { .init(name: "token") }
}

extension RouteParameter where Value == Int {
    /// A BVPI 157 interaction type's code, 1 to 10.
    static var interactionType: Self { .init(name: "type") }
    /// A question's place in an online form, from 1.
    static var questionPosition: Self { .init(name: "position") }
}

extension Parameters {
    /// The value of a route parameter as its type, or nil when the path holds something else
    /// there (which names nothing, so handlers answer 404).
    func get<Value>(_ parameter: RouteParameter<Value>) -> Value? {
        get(parameter.name).flatMap(Value.init(pathSegment:))
    }
}
