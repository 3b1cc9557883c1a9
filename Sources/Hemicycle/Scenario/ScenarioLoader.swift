#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads scenario files: checks the JSON, follows `extends`, decodes and validates.
public enum ScenarioLoader {
    /// How many `extends` links one chain may follow: a scenario, the one it extends, and so on
    /// up to this many links (a chain of this many plus one files).
    public static let maximumExtendsDepth = 32
    /// The largest scenario file read: 512 MiB. A larger file (or an endless one, such as a
    /// device) is refused as soon as this many bytes have been read.
    public static let maximumFileBytes = 512 << 20

    /// Loads and validates the scenario at `path`.
    ///
    /// - Throws: ``ScenarioError`` naming the file, the JSON path and every problem.
    public static func load(path: String) throws(ScenarioError) -> Election {
        try loadWithDigest(path: path).election
    }

    /// Loads and validates a scenario held in memory; `extends` is resolved against `directory`
    /// (the working folder by default), and may reach only inside it (``extendsRoot(for:)``).
    public static func load(bytes: [UInt8], name: String, directory: String? = nil) throws(ScenarioError) -> Election {
        let document = try parse(bytes, file: name)
        let folder = directory ?? FileManager.default.currentDirectoryPath
        let resolved = try resolveExtends(
            document, file: name, directory: folder, chain: [name], root: extendsRoot(for: folder))
        return try election(from: resolved, file: name)
    }

    /// The JSON document at `path` with every `extends` merged in.
    public static func resolvedDocument(path: String) throws(ScenarioError) -> JSONValue {
        try resolvedDocumentWithOrigins(path: path).document
    }

    /// ``resolvedDocument(path:)`` with where each merged value was written.
    static func resolvedDocumentWithOrigins(path: String) throws(ScenarioError) -> (document: JSONValue, origins: OriginNode?) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try resolvedDocumentWithOrigins(path: path, chain: [], root: extendsRoot(for: folder))
    }

    /// Decodes and validates a resolved document, and applies its `adjust` block.
    public static func election(from document: JSONValue, file: String) throws(ScenarioError) -> Election {
        do {
            return try adjusted(document, file: file, adjustments: []).election
        } catch {
            throw error.asScenarioError(file: file)
        }
    }

    /// Decodes and validates a resolved document as it stands.
    static func build(_ document: JSONValue, file: String) throws(ScenarioError) -> Election {
        let (scenario, problems) = decode(document)
        var context = ValidationContext()
        context.absorb(problems)
        let built = scenario?.build(&context)
        if let built, context.problems.isEmpty { return built }
        throw ScenarioError(file: file, problems: context.problems)
    }

    /// Decodes a document leniently, returning the scenario and the decoding problems.
    ///
    /// The document is decoded as the parser gave it (``JSONValueDecoder``), not written back
    /// to text for Foundation's `JSONDecoder`: one parse, whose syntax errors carry a line and
    /// column and which refuses duplicate members.
    static func decode(_ document: JSONValue) -> (Scenario?, [ScenarioError.Problem]) {
        let log = DecodingLog()
        let decoder = JSONValueDecoder(userInfo: [DecodingLog.userInfoKey: log])
        do {
            let scenario = try decoder.decode(Scenario.self, from: document)
            return (scenario, log.problems)
        } catch {
            return (nil, log.problems + [.init(code: .malformedJSON, path: "$", message: "\(error)")])
        }
    }

    static func parse(_ bytes: [UInt8], file: String) throws(ScenarioError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            let code: ScenarioError.Code = error.exceedsLimit ? .tooLarge : .malformedJSON
            throw ScenarioError(file: file, problems: [.init(code: code, path: "$", message: "\(error)")])
        }
    }

    /// The bytes of the file at `path`.
    public static func readFile(_ path: String) throws(ScenarioError) -> [UInt8] { try read(path) }

    /// Reads the file, stopping past ``maximumFileBytes``.
    static func read(_ path: String) throws(ScenarioError) -> [UInt8] {
        switch BoundedRead.file(path, limit: maximumFileBytes) {
        case .success(let bytes):
            return bytes
        case .failure(.tooLarge):
            throw ScenarioError(
                file: path,
                problems: [
                    .init(
                        code: .tooLarge, path: "$",
                        message: "the file is larger than \(maximumFileBytes >> 20) MiB, the most a scenario may be")
                ])
        case .failure(.unreadable(let code)):
            // Say why: a missing file, a folder, a permission.
            throw ScenarioError(
                file: path,
                problems: [
                    .init(code: .unreadableFile, path: "$", message: "cannot read the file: \(BoundedRead.describe(errno: code))")
                ])
        }
    }
}

extension ScenarioLoader {
    /// The file name of the scenario compiled into the library: `Scenarios/mali-1992.json`,
    /// embedded byte for byte as a package resource (`Sources/Hemicycle/Resources/` links to it).
    public static let embeddedName = "mali-1992.json"

    /// Loads the scenario compiled into the library (Mali 1992).
    public static func loadEmbedded() throws(ScenarioError) -> Election {
        try loadEmbeddedWithDigest().election
    }

    /// Loads the scenario compiled into the library, with the digest of its resolved document.
    public static func loadEmbeddedWithDigest() throws(ScenarioError) -> (election: Election, digest: String) {
        let name = embeddedName + " (embedded)"
        let document = try parse(PackageResources.mali_1992_json, file: name)
        return (try election(from: document, file: name), ScenarioDigest.of(document))
    }

    /// Loads the scenario at `path`, with the digest of its resolved document (to tell whether
    /// two studies simulate the same scenario).
    public static func loadWithDigest(path: String) throws(ScenarioError) -> (election: Election, digest: String) {
        do {
            return try loadAdjusted(path: path, adjustments: [])
        } catch {
            throw error.asScenarioError(file: path)
        }
    }
}
