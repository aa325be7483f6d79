/// The ten kinds of interaction with the public that BVPI 157 counts, numbered as the indicator
/// lists them, with the matching top-level Local Government Interaction List identifier.
public enum InteractionType: Int, CaseIterable, Codable, Sendable, Comparable {
    case providingInformation = 1
    case collectingRevenue
    case providingBenefitsAndGrants
    case consultation
    case regulation
    case applicationsForServices
    case booking
    case paying
    case providingAccessToNetworks
    case procurement

    public var code: Int { rawValue }

    public var label: String {
        switch self {
        case .providingInformation: "Providing information"
        case .collectingRevenue: "Collecting revenue"
        case .providingBenefitsAndGrants: "Providing benefits and grants"
        case .consultation: "Consultation"
        case .regulation: "Regulation (such as issuing licences)"
        case .applicationsForServices: "Applications for services"
        case .booking: "Booking venues, resources and courses"
        case .paying: "Paying for goods and services"
        case .providingAccessToNetworks: "Providing access to community, professional or business networks"
        case .procurement: "Procurement"
        }
    }

    public var lgil: Int {
        switch self {
        case .providingInformation: 8
        case .collectingRevenue: 2
        case .providingBenefitsAndGrants: 7
        case .consultation: 3
        case .regulation: 9
        case .applicationsForServices: 0
        case .booking: 1
        case .paying: 4
        case .providingAccessToNetworks: 6
        case .procurement: 5
        }
    }

    /// Reads a code (`1`–`10`) or a label in any case; a label's part in brackets may be left out.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let code = Int(trimmed) {
            self.init(rawValue: code)
            return
        }
        let wanted = trimmed.lowercased()
        guard let match = Self.allCases.first(where: { type in
            let label = type.label.lowercased()
            return label == wanted || label.split(separator: "(").first?.trimmingCharacters(in: .whitespaces) == wanted
        }) else { return nil }
        self = match
    }

    public static func < (lhs: InteractionType, rhs: InteractionType) -> Bool { lhs.rawValue < rhs.rawValue }
}
