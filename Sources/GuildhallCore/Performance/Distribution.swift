/// The mean and quartiles of a set of figures, with quartiles interpolated between the nearest
/// ranks as spreadsheets' QUARTILE.INC does.
public struct Distribution: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double

    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        func quantile(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down)), fraction = position - Double(lower)
            guard lower + 1 < sorted.count else { return sorted[lower] }
            return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
        }
        count = sorted.count
        mean = sorted.reduce(0, +) / Double(sorted.count)
        lowerQuartile = quantile(0.25)
        median = quantile(0.5)
        upperQuartile = quantile(0.75)
    }
}
