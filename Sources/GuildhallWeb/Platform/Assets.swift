import Crypto
import Vapor

/// The stylesheets and scripts under `Public/`, served under names that carry a hash of their
/// content, so browsers may cache them for a year and still never see a stale copy.
struct Assets: Sendable {
    struct File: Sendable {
        var contents: ByteBuffer
        var contentType: HTTPMediaType
    }

    private var paths: [String: String] = [:]
    private var files: [String: File] = [:]

    static let names = ["guildhall.css", "print.css", "guildhall.js"]

    init(directory: String) throws {
        for name in Self.names {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Abort(.internalServerError, reason: "Missing asset \(url.path): run Guildhall from the directory that holds Public/")
            }
            let digest = SHA256.hash(data: data).prefix(6).map { String(format: "%02x", $0) }.joined()
            let ext = url.pathExtension
            let fingerprinted = "\(url.deletingPathExtension().lastPathComponent)-\(digest).\(ext)"
            paths[name] = SiteURL.asset(fingerprinted).path
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
