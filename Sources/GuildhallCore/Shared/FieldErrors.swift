/// Problems with what someone submitted, each tied to the field a person must fix, in the order
/// the fields appear on the page.
public struct FieldErrors: Error, Sendable, Equatable {
    public struct Problem: Sendable, Equatable {
        public var field: String
        public var message: String
    }

    public private(set) var problems: [Problem] = []

    public init() {}

    public init(field: String, _ message: String) {
        add(field: field, message)
    }

    public var isEmpty: Bool { problems.isEmpty }

    public mutating func add(field: String, _ message: String) {
        problems.append(Problem(field: field, message: message))
    }

    public func message(for field: String) -> String? {
        problems.first { $0.field == field }?.message
    }

    /// Throws itself when there is anything to fix.
    public func check() throws {
        if !isEmpty { throw self }
    }
}
