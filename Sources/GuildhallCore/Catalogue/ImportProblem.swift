/// Something wrong with an imported file, at a line when it belongs to one.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "Line \($0): \(message)" } ?? message }
}

/// A file rejected whole, with every problem found in it.
public struct ImportRejected: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public var description: String {
        "The file was not imported: \(problems.count) problem\(problems.count == 1 ? "" : "s"). " + problems.map(\.description).joined(separator: "; ")
    }
}
