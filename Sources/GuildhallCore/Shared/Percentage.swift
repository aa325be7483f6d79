import Foundation

public enum Percentage {
    /// `part` ÷ `whole` × 100, rounded half up to two decimal places; nil when the whole is zero,
    /// since no figure is not the same as zero.
    public static func of(_ part: Int, in whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        // In hundredths of a percent, with integers so that halves round up exactly.
        let hundredths = (part * 10_000 * 2 + whole) / (whole * 2)
        return Double(hundredths) / 100
    }
}
