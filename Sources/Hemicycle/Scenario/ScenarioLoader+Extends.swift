#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `extends`: a scenario laid over another, within the folder it was loaded from.
///
/// A scenario received from someone else must not read the user's other files: every file of an
/// `extends` chain must lie, links resolved, inside the folder of the scenario being loaded (or
/// below it). The environment variable `HEMICYCLE_EXTENDS_ROOT` names a wider folder when a
/// user wants one. A file outside is never opened, so no error can show its content.
extension ScenarioLoader {
    /// The environment variable that widens where `extends` may reach.
    public static let extendsRootVariable = "HEMICYCLE_EXTENDS_ROOT"

    /// The folder an `extends` chain that starts in `folder` may reach: `folder`, or the one
    /// ``extendsRootVariable`` names; links resolved.
    static func extendsRoot(for folder: String) -> String {
        let chosen = ProcessInfo.processInfo.environment[extendsRootVariable].flatMap { $0.isEmpty ? nil : $0 } ?? folder
        return FilePath.identity(chosen)
    }

    static func resolvedDocument(path: String, chain: [String], root: String) throws(ScenarioError) -> JSONValue {
        try resolvedDocumentWithOrigins(path: path, chain: chain, root: root).document
    }

    /// The document at `path` with every `extends` merged in, and where each of its values was
    /// written (`nil` for a file that extends nothing: its own paths are the places).
    static func resolvedDocumentWithOrigins(path: String, chain: [String], root: String, name: String? = nil) throws(ScenarioError)
        -> (document: JSONValue, origins: OriginNode?)
    {
        let document = try parse(try read(path), file: path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try resolveExtendsWithOrigins(
            document, file: name ?? path, directory: directory, chain: chain + [FilePath.identity(path)], root: root)
    }

    /// How messages name the file that `relative` (an `extends`) points to from `file`: beside
    /// it, as the user named `file` (`Scenarios/mali-1992.json` from `Scenarios/what-if.json`).
    static func shownName(_ relative: String, from file: String) -> String {
        guard !relative.hasPrefix("/"), let slash = file.lastIndex(of: "/") else { return relative }
        return String(file[...slash]) + relative
    }

    /// `document` with the scenario it extends (if any) laid under it.
    static func resolveExtends(
        _ document: JSONValue, file: String, directory: String, chain: [String], root: String
    ) throws(ScenarioError) -> JSONValue {
        try resolveExtendsWithOrigins(document, file: file, directory: directory, chain: chain, root: root).document
    }

    /// ``resolveExtends(_:file:directory:chain:root:)`` with the origins of the merged values.
    static func resolveExtendsWithOrigins(
        _ document: JSONValue, file: String, directory: String, chain: [String], root: String
    ) throws(ScenarioError) -> (document: JSONValue, origins: OriginNode?) {
        guard let reference = document["extends"] else { return (document, nil) }
        func refuse(_ code: ScenarioError.Code, _ message: String) -> ScenarioError {
            ScenarioError(file: file, problems: [.init(code: code, path: "extends", message: message)])
        }
        guard case .string(let relative) = reference else { throw refuse(.wrongType, "expected a file path") }
        let basePath = relative.hasPrefix("/") ? relative : URL(fileURLWithPath: directory).appendingPathComponent(relative).path
        // Inside the root, links resolved; a missing file is checked by where its name points.
        guard isInside(FilePath.identity(basePath), root) else {
            throw refuse(
                .extendsOutsideFolder,
                "'\(relative)' is outside \(root), the folder a scenario may extend from (set \(extendsRootVariable) to allow a wider one)")
        }
        let base = FilePath.identity(basePath)
        if chain.contains(base) {
            let cycle = (chain + [base]).map { URL(fileURLWithPath: $0).lastPathComponent }
            throw refuse(.extendsCycle, "scenarios extend each other in a cycle: \(cycle.joined(separator: " → "))")
        }
        // `chain` holds this file and those that extend it: following one more link makes
        // `chain.count` links.
        guard chain.count <= maximumExtendsDepth else {
            throw refuse(
                .extendsTooDeep, "more than \(maximumExtendsDepth) scenarios extend one another, one after the other")
        }
        let shown = shownName(relative, from: file)
        let (baseDocument, baseOrigins) = try resolvedDocumentWithOrigins(path: basePath, chain: chain, root: root, name: shown)
        guard case .object(var members) = document else { return (document, nil) }
        members.removeAll { $0.key == "extends" }
        var problems: [ScenarioError.Problem] = []
        let (merged, origins) = baseDocument.merged(
            with: .object(members), at: "$", file: file,
            baseOrigin: baseOrigins ?? OriginNode(baseDocument, file: shown, path: "$"), problems: &problems)
        guard problems.isEmpty else { throw ScenarioError(file: file, problems: problems) }
        return (merged, origins)
    }

    /// Whether `path` is `root` or lies below it.
    private static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }
}
