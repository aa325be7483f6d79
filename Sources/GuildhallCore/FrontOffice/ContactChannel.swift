import Foundation

/// How a contact or a case reached the council. Take-up by channel counts these.
public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    case telephone
    case faceToFace = "face-to-face"
    case letter
    case email
    case web
    case open311

    public var label: String {
        switch self {
        case .telephone: "Telephone"
        case .faceToFace: "Face to face"
        case .letter: "Letter"
        case .email: "Email"
        case .web: "Web form"
        case .open311: "App or website (Open311)"
        }
    }
}

/// The organisation's promise of a first public reply (or closure) within so many working days,
/// by channel. Telephone and face-to-face contacts are answered there and then, so they have no
/// standard unless the organisation sets one.
public struct ReplyStandards: Equatable, Sendable {
    public var days: [ContactChannel: Int]

    public static let defaults = ReplyStandards(days: [.letter: 10, .email: 5, .web: 5, .open311: 5])

    public init(days: [ContactChannel: Int]) {
        self.days = days
    }

    public func days(for channel: ContactChannel) -> Int? { days[channel] }
}
