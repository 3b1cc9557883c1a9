#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads scenario files: checks the JSON, follows `extends`, decodes and validates.
public enum ScenarioLoader {
    /// How many files one scenario may extend in a chain.
    public static let maximumExtendsDepth = 32

    /// Loads and validates the scenario at `path`.
    ///
    /// - Throws: ``ScenarioError`` naming the file, the JSON path and every problem.
    public static func load(path: String) throws(ScenarioError) -> Election {
        let document = try resolvedDocument(path: path, chain: [])
        return try election(from: document, file: path)
    }

    /// Loads and validates a scenario held in memory; `extends` is resolved against `directory`.
    public static func load(bytes: [UInt8], name: String, directory: String? = nil) throws(ScenarioError) -> Election {
        let document = try parse(bytes, file: name)
        let resolved = try resolveExtends(document, file: name, directory: directory, chain: [name])
        return try election(from: resolved, file: name)
    }

    /// The JSON document at `path` with every `extends` merged in.
    public static func resolvedDocument(path: String) throws(ScenarioError) -> JSONValue {
        try resolvedDocument(path: path, chain: [])
    }

    /// Decodes and validates a resolved document.
    public static func election(from document: JSONValue, file: String) throws(ScenarioError) -> Election {
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
            throw ScenarioError(file: file, problems: [.init(code: .malformedJSON, path: "$", message: "\(error)")])
        }
    }

    /// The bytes of the file at `path`.
    public static func readFile(_ path: String) throws(ScenarioError) -> [UInt8] { try read(path) }

    static func read(_ path: String) throws(ScenarioError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ScenarioError(
                file: path, problems: [.init(code: .unreadableFile, path: "$", message: "cannot read the file")])
        }
    }

    private static func resolvedDocument(path: String, chain: [String]) throws(ScenarioError) -> JSONValue {
        let document = try parse(try read(path), file: path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try resolveExtends(document, file: path, directory: directory, chain: chain + [canonical(path)])
    }

    private static func resolveExtends(
        _ document: JSONValue, file: String, directory: String?, chain: [String]
    ) throws(ScenarioError) -> JSONValue {
        guard let reference = document["extends"] else { return document }
        guard case .string(let relative) = reference else {
            throw ScenarioError(
                file: file, problems: [.init(code: .wrongType, path: "extends", message: "expected a file path")])
        }
        let basePath =
            relative.hasPrefix("/") || directory == nil
            ? relative : URL(fileURLWithPath: directory ?? ".").appendingPathComponent(relative).path
        if chain.contains(canonical(basePath)) || chain.count >= maximumExtendsDepth {
            let cycle = (chain + [canonical(basePath)]).map { URL(fileURLWithPath: $0).lastPathComponent }
            throw ScenarioError(
                file: file,
                problems: [
                    .init(
                        code: .extendsCycle, path: "extends",
                        message: "scenarios extend each other in a cycle: \(cycle.joined(separator: " → "))")
                ])
        }
        let base = try resolvedDocument(path: basePath, chain: chain)
        guard case .object(var members) = document else { return document }
        members.removeAll { $0.key == "extends" }
        return base.merged(with: .object(members))
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
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
        let document = try resolvedDocument(path: path)
        return (try election(from: document, file: path), ScenarioDigest.of(document))
    }
}
