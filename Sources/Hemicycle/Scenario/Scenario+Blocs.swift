/// One entry of `blocs`: lists grouped for swings, tipping points and reports.
public struct BlocSpec: Decodable, Sendable {
    /// The bloc's identifier (not a list's).
    public var id: String?
    /// Its name for reports.
    public var name: String?
    /// The ids of its lists.
    public var lists: [String]?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case id, name, lists, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        id = reader.read(.id)
        name = reader.read(.name)
        lists = reader.read(.lists)
        provenance = reader.read(.provenance)
    }
}

extension Scenario {
    /// The blocs, checked: ids unique and none a list's, every list known and in one bloc at most.
    func buildBlocs(_ listIndex: [String: Int], _ context: inout ValidationContext) -> [Bloc] {
        var result: [Bloc] = []
        var ids: [(String, String)] = []
        var member: [Int: String] = [:]
        for (index, spec) in (blocs ?? []).enumerated() {
            let path = JSONPath.join("blocs", index: index)
            _ = context.note(spec.provenance, path)
            guard let id = context.require(spec.id, path, "id") else { continue }
            if listIndex[id] != nil {
                context.fail(.duplicateIdentifier, JSONPath.join(path, "id"), "'\(id)' is a list's id; a bloc needs its own")
            }
            ids.append((JSONPath.join(path, "id"), id))
            guard let names = context.require(spec.lists, path, "lists") else { continue }
            if names.isEmpty { context.fail(.outOfRange, JSONPath.join(path, "lists"), "a bloc needs at least one list") }
            var lists: [Int] = []
            for (position, name) in names.enumerated() {
                let listPath = JSONPath.join(JSONPath.join(path, "lists"), index: position)
                guard let list = listIndex[name] else {
                    context.fail(.unknownReference, listPath, "unknown list '\(name)'")
                    continue
                }
                if let other = member[list] {
                    context.fail(.duplicateIdentifier, listPath, "'\(name)' is already in bloc '\(other)'; a list is in one bloc at most")
                    continue
                }
                member[list] = id
                lists.append(list)
            }
            result.append(Bloc(id: id, name: spec.name ?? id, lists: lists))
        }
        context.checkUnique(ids, "bloc")
        return result
    }
}
