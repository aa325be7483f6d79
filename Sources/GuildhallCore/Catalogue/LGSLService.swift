import FluentKit

/// An entry of the Local Government Service List, the national list of council services.
public final class LGSLService: Model, @unchecked Sendable {
    public static let schema = "lgsl_services"

    @ID(custom: "code", generatedBy: .user) public var id: Int?
    @Field(key: "description") public var description: String
    /// `county/unitary`, `district/unitary`, `all`, or empty when the list did not say.
    @Field(key: "tier") public var tier: String

    public init() {}

    public init(code: Int, description: String, tier: String) {
        self.id = code
        self.description = description
        self.tier = tier
    }
}
