extension JSONValue {
    /// This document with `override` laid over it, as a scenario that `extends` another is.
    ///
    /// - Objects merge member by member; a member set to `null` in the override is removed.
    /// - Arrays of objects that carry an `id` (or a `list`, as boycotts do) merge element by
    ///   element: an override element with the same key is merged into it, one with
    ///   `"remove": true` deletes it (and one whose key the base lacks is an error, see
    ///   ``merged(with:at:problems:)``), and new keys are appended in the override's order.
    /// - An empty array in the override replaces the base's array: `"boycotts": []` clears it.
    /// - Anything else in the override replaces the base's value.
    public func merged(with override: JSONValue) -> JSONValue {
        var problems: [ScenarioError.Problem] = []
        return merged(with: override, at: "$", problems: &problems)
    }

    /// ``merged(with:)``, reporting in `problems` what the override asks and the base cannot
    /// give: an element removed (`"remove": true`) whose id the base's array does not have.
    /// `path` is the override's place in the extending file.
    func merged(with override: JSONValue, at path: String, problems: inout [ScenarioError.Problem]) -> JSONValue {
        switch (self, override) {
        case (.object(let base), .object(let changes)):
            var members = base
            for change in changes {
                if let index = members.firstIndex(where: { $0.key == change.key }) {
                    if change.value == .null {
                        members.remove(at: index)
                    } else {
                        members[index].value = members[index].value.merged(
                            with: change.value, at: JSONPath.join(path, change.key), problems: &problems)
                    }
                } else if change.value != .null {
                    members.append(change)
                }
            }
            return .object(members)
        case (.array(let base), .array(let changes)):
            // An empty override means "none", not "no changes" (leaving the member out says that).
            guard !changes.isEmpty, let key = Self.identityKey(base + changes) else { return override }
            var elements = base
            for (position, change) in changes.enumerated() {
                let identity = change[key]
                let removes = change["remove"] == .bool(true)
                let elementPath = JSONPath.join(path, index: position)
                if let index = elements.firstIndex(where: { $0[key] == identity }) {
                    if removes {
                        elements.remove(at: index)
                    } else {
                        elements[index] = elements[index].merged(with: change, at: elementPath, problems: &problems)
                    }
                } else if removes {
                    let name = identity.map { $0.serialized() } ?? "?"
                    problems.append(
                        .init(
                            code: .unknownReference, path: JSONPath.join(elementPath, key),
                            message: "'remove' names \(key) \(name), which the extended scenario does not have"))
                } else {
                    elements.append(change)
                }
            }
            return .array(elements)
        default:
            return override
        }
    }

    /// The member that identifies elements of `elements`, if every one is an object that has it.
    private static func identityKey(_ elements: [JSONValue]) -> String? {
        guard !elements.isEmpty else { return nil }
        for key in ["id", "list"] where elements.allSatisfy({ $0[key] != nil }) { return key }
        return nil
    }
}
