import Foundation

/// Reading what a person typed into a form, as the domain's drafts decode it: a field left out
/// is empty, never an error, so that the form can be drawn again with everything that was typed.
extension KeyedDecodingContainer {
    func text(_ key: Key) throws -> String {
        try decodeIfPresent(String.self, forKey: key) ?? ""
    }

    /// A choice between yes and no, yes unless "no" was chosen.
    func yes(_ key: Key) throws -> Bool {
        try decodeIfPresent(String.self, forKey: key) != "no"
    }

    /// The boxes ticked of a group of checkboxes.
    func ticked(_ key: Key) throws -> [String] {
        try decodeIfPresent([String].self, forKey: key) ?? []
    }

    /// An option chosen by its id; nothing when none (or something else) was chosen.
    func id(_ key: Key) throws -> UUID? {
        try decodeIfPresent(String.self, forKey: key).flatMap(UUID.init(uuidString:))
    }
}
