import Foundation

/// The six building blocks of the e-Organisation self-assessment.
public enum BuildingBlock: String, CaseIterable, Codable, Sendable {
    case interactions
    case accessChannels = "access-channels"
    case trustAndConnections = "trust-and-connections"
    case enablers
    case eBusiness = "e-business"
    case organisationalDevelopment = "organisational-development"

    public var label: String {
        switch self {
        case .interactions: "Interactions"
        case .accessChannels: "Access channels"
        case .trustAndConnections: "Trust and connections"
        case .enablers: "Enablers"
        case .eBusiness: "e-Business"
        case .organisationalDevelopment: "Organisational development"
        }
    }
}

public enum Rating: String, CaseIterable, Codable, Sendable { case red, amber, green }
public enum OutcomeStatus: String, CaseIterable, Codable, Sendable {
    case achieved
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case notStarted = "not-started"
}
public enum Level: String, CaseIterable, Codable, Sendable { case low, medium, high }

/// What each kind of section holds, in the API's shape.
public enum SectionContent {
    public struct Narrative: Codable, Sendable, Equatable {
        public var text: String
    }

    public struct EOrganisation: Codable, Sendable, Equatable {
        public struct Block: Codable, Sendable, Equatable {
            public var block: String
            public var rating: String
            public var commentary: String
        }
        public var blocks: [Block]
    }

    public struct BVPI157: Codable, Sendable, Equatable {
        public var asAt: String
        public var commentary: String
    }

    public struct PriorityOutcomes: Codable, Sendable, Equatable {
        public struct Outcome: Codable, Sendable, Equatable {
            public var code: String
            public var title: String
            public var keyDate: String
            public var status: String
        }
        public var outcomes: [Outcome]
    }

    public struct TakeUp: Codable, Sendable, Equatable {
        public struct Row: Codable, Sendable, Equatable {
            public var channel: String
            public var period: String
            public var volume: Int
        }
        public var rows: [Row]
    }

    public struct Risks: Codable, Sendable, Equatable {
        public struct Risk: Codable, Sendable, Equatable {
            public var risk: String
            public var likelihood: String
            public var impact: String
            public var mitigation: String
            public var owner: String
        }
        public var risks: [Risk]
    }

    public struct Resources: Codable, Sendable, Equatable {
        public struct Row: Codable, Sendable, Equatable {
            public var year: String
            public var capital: Int
            public var revenue: Int
            public var grant: Int
        }
        public var rows: [Row]
    }

    public struct Contact: Codable, Sendable, Equatable {
        public var name: String
        public var email: String
        public var telephone: String
    }
}
