/// What kind of body an organisation is. Councils have a tier that decides which services they
/// provide; partners belong to the local strategic partnership; `central` receives statements.
public enum Tier: String, Codable, CaseIterable, Sendable {
    case county, district, unitary, partner, central

    public var label: String {
        switch self {
        case .county: "County council"
        case .district: "District council"
        case .unitary: "Unitary council"
        case .partner: "Partner organisation"
        case .central: "Central government department"
        }
    }

    public var isCouncil: Bool {
        switch self {
        case .county, .district, .unitary: true
        case .partner, .central: false
        }
    }
}
