/// A way a resident can carry out an interaction. Only some channels are electronic; a telephone
/// call counts only where the officer can see and update the electronic record there and then.
public enum Channel: String, CaseIterable, Codable, Sendable {
    case web
    case email
    case telephoneWithRecords = "telephone-with-records"
    case telephone
    case faceToFace = "face-to-face"
    case kiosk
    case digitalTV = "digital-tv"
    case sms
    case post

    public var isElectronic: Bool {
        switch self {
        case .web, .email, .telephoneWithRecords, .kiosk, .digitalTV, .sms: true
        case .telephone, .faceToFace, .post: false
        }
    }

    public var label: String {
        switch self {
        case .web: "Web"
        case .email: "Email"
        case .telephoneWithRecords: "Telephone, with the record updated during the call"
        case .telephone: "Telephone"
        case .faceToFace: "Face to face"
        case .kiosk: "Kiosk"
        case .digitalTV: "Digital TV"
        case .sms: "Text message (SMS)"
        case .post: "Post"
        }
    }

    /// Channels as stored and exported: `;`-separated, in this enum's order.
    public static func serialise(_ channels: Set<Channel>) -> String {
        allCases.filter(channels.contains).map(\.rawValue).joined(separator: ";")
    }

    /// Parses `;`-separated channel names; returns the names it did not know as well.
    public static func parse(_ text: String) -> (channels: Set<Channel>, unknown: [String]) {
        var channels = Set<Channel>(), unknown: [String] = []
        for part in text.split(separator: ";") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            if let channel = Channel(rawValue: name) { channels.insert(channel) } else { unknown.append(name) }
        }
        return (channels, unknown)
    }
}
