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
        merged(with: override, at: path, file: "", baseOrigin: nil, problems: &problems).value
    }

    /// The merge, and with `baseOrigin` (where each of this document's values was written) the
    /// origins of the result: the override's values are `file`'s, at their path in it.
    func merged(
        with override: JSONValue, at path: String, file: String, baseOrigin: OriginNode?,
        problems: inout [ScenarioError.Problem]
    ) -> (value: JSONValue, origin: OriginNode?) {
        // A value the override replaces whole is the override file's, every part of it.
        func replaced() -> (value: JSONValue, origin: OriginNode?) {
            (override, baseOrigin.map { _ in OriginNode(override, file: file, path: path) })
        }
        switch (self, override) {
        case (.object(let base), .object(let changes)):
            var members = base
            var node = baseOrigin.map { base -> OriginNode in
                var node = OriginNode(file: file, path: path)
                node.members = base.members
                return node
            }
            for change in changes {
                let memberPath = JSONPath.join(path, change.key)
                if let index = members.firstIndex(where: { $0.key == change.key }) {
                    if change.value == .null {
                        members.remove(at: index)
                        node?.members[change.key] = nil
                    } else {
                        let (value, origin) = members[index].value.merged(
                            with: change.value, at: memberPath, file: file, baseOrigin: baseOrigin?.members[change.key],
                            problems: &problems)
                        members[index].value = value
                        node?.members[change.key] = origin
                    }
                } else if change.value != .null {
                    members.append(change)
                    if node != nil { node?.members[change.key] = OriginNode(change.value, file: file, path: memberPath) }
                }
            }
            return (.object(members), node)
        case (.array(let base), .array(let changes)):
            // An empty override means "none", not "no changes" (leaving the member out says that).
            guard !changes.isEmpty, let key = Self.identityKey(base + changes) else { return replaced() }
            var elements = base
            var node = baseOrigin.map { base -> OriginNode in
                var node = OriginNode(file: base.file, path: base.path)
                node.elements = base.elements
                return node
            }
            for (position, change) in changes.enumerated() {
                let identity = change[key]
                let removes = change["remove"] == .bool(true)
                let elementPath = JSONPath.join(path, index: position)
                if let index = elements.firstIndex(where: { $0[key] == identity }) {
                    if removes {
                        elements.remove(at: index)
                        if node != nil, node?.elements.indices.contains(index) == true { node?.elements.remove(at: index) }
                    } else {
                        let baseElement = baseOrigin.flatMap { $0.elements.indices.contains(index) ? $0.elements[index] : nil }
                        let (value, origin) = elements[index].merged(
                            with: change, at: elementPath, file: file, baseOrigin: baseElement, problems: &problems)
                        elements[index] = value
                        if let origin, node?.elements.indices.contains(index) == true { node?.elements[index] = origin }
                    }
                } else if removes {
                    let name = identity.map { $0.serialized() } ?? "?"
                    problems.append(
                        .init(
                            code: .unknownReference, path: JSONPath.join(elementPath, key),
                            message: "'remove' names \(key) \(name), which the extended scenario does not have"))
                } else {
                    elements.append(change)
                    node?.elements.append(OriginNode(change, file: file, path: elementPath))
                }
            }
            return (.array(elements), node)
        default:
            return replaced()
        }
    }

    /// The member that identifies elements of `elements`, if every one is an object that has it.
    private static func identityKey(_ elements: [JSONValue]) -> String? {
        guard !elements.isEmpty else { return nil }
        for key in ["id", "list"] where elements.allSatisfy({ $0[key] != nil }) { return key }
        return nil
    }
}
