import FluentKit
import Foundation

/// An England and Wales bank holiday, once `guildhall import bank-holidays` has replaced the
/// shipped list; every node reads the same list from the database.
public final class BankHoliday: Model, @unchecked Sendable {
    public static let schema = "bank_holidays"

    /// The day, as `YYYY-MM-DD`.
    @ID(custom: "day", generatedBy: .user) public var id: String?

    public init() {}

    public init(_ day: CalendarDay) {
        self.id = day.description
    }
}
