import Crypto
import NIOConcurrencyHelpers
import Vapor

/// The stylesheets and scripts that ship inside the product, served under names that carry a
/// hash of their content, so browsers may cache them for a year and still never see a stale copy.
/// A council that restyles its site puts replacements, under the same names, in a folder of its
/// own (`GUILDHALL_PUBLIC_DIR`); any file it leaves out is the shipped one.
struct Assets: Sendable {
    struct File: Sendable {
        var contents: ByteBuffer
        var contentType: HTTPMediaType
    }

    static let names = ["guildhall.css", "print.css", "guildhall.js"]

    private var paths: [String: String] = [:]
    private var files: [String: File] = [:]

    /// No assets at all: pages still work, unstyled.
    static let none = Assets()

    private init() {}

    init(replacements: String?) throws {
        guard let shipped = Bundle.module.url(forResource: "Assets", withExtension: nil) else {
            throw Abort(.internalServerError, reason: "This build of Guildhall has no stylesheets: its resource bundle is missing")
        }
        if let replacements {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: replacements, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Abort(.internalServerError, reason: "GUILDHALL_PUBLIC_DIR: \(replacements) is not a folder")
            }
        }
        for name in Self.names {
            let replacement = replacements.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            let url = replacement.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
                ?? shipped.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Abort(.internalServerError, reason: "Cannot read the asset \(url.path)")
            }
            let digest = SHA256.hash(data: data).prefix(6).map { String(format: "%02x", $0) }.joined()
            let ext = url.pathExtension
            let fingerprinted = "\(url.deletingPathExtension().lastPathComponent)-\(digest).\(ext)"
            paths[name] = SiteURL.operations(.asset(.value(fingerprinted))).path
            files[fingerprinted] = File(
                contents: ByteBuffer(data: data),
                contentType: HTTPMediaType.fileExtension(ext) ?? .plainText)
        }
    }

    func path(_ name: String) -> String {
        paths[name] ?? "/assets/missing-\(name)"
    }

    func file(named fingerprinted: String) -> File? {
        files[fingerprinted]
    }
}

/// Reads the assets the first time a page or an asset is asked for, so commands that draw no
/// page never touch them; `serve` loads them before it listens, so a bad folder stops it at once.
final class AssetStore: Sendable {
    private let replacements: String?
    private let loaded = NIOLockedValueBox<Assets?>(nil)

    init(replacements: String?) {
        self.replacements = replacements
    }

    func assets() throws -> Assets {
        try loaded.withLockedValue { cached in
            if let cached { return cached }
            let assets = try Assets(replacements: replacements)
            cached = assets
            return assets
        }
    }
}
