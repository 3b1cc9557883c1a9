/// A path into a scenario's document, as `--set` takes it: member names joined by dots, and
/// array elements in brackets, by position (`constituencies[0]`) or by the `id` (or `list`)
/// of the object they hold (`constituencies[kayes].seats`).
public struct DocumentPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Step: Sendable, Hashable {
        /// An object's member.
        case member(String)
        /// An array's element by position.
        case index(Int)
        /// An array's element by its object's `id` or `list`.
        case key(String)
    }

    /// The steps, from the document's root.
    public var steps: [Step]

    /// Parses `text`.
    ///
    /// - Throws: ``AdjustmentProblem`` for an empty step or an unclosed bracket.
    public init(_ text: String) throws(AdjustmentProblem) {
        steps = []
        var rest = Substring(text.hasPrefix("$.") ? String(text.dropFirst(2)) : text)
        func bad(_ why: String) -> AdjustmentProblem { AdjustmentProblem("the path '\(text)' \(why)") }
        guard !rest.isEmpty else { throw bad("is empty") }
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { throw bad("has an unclosed '['") }
                let inside = String(rest[rest.index(after: rest.startIndex)..<close])
                guard !inside.isEmpty else { throw bad("has an empty '[]'") }
                if inside.allSatisfy(\.isASCII), let position = Int(inside), position >= 0 {
                    steps.append(.index(position))
                } else {
                    steps.append(.key(inside))
                }
                rest = rest[rest.index(after: close)...]
                if rest.first == "." { rest = rest.dropFirst() }
                continue
            }
            let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
            let name = String(rest[..<end])
            guard !name.isEmpty else { throw bad("has an empty member name") }
            steps.append(.member(name))
            rest = rest[end...]
            if rest.first == "." {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { throw bad("ends with '.'") }
            }
        }
    }

    public var description: String {
        var text = ""
        for step in steps {
            switch step {
            case .member(let name): text += (text.isEmpty ? "" : ".") + name
            case .index(let position): text += "[\(position)]"
            case .key(let key): text += "[\(key)]"
            }
        }
        return text
    }
}

extension JSONValue {
    /// The document with the value at `path` set to `value` (`null` removes a member). Missing
    /// members are created as objects on the way; array elements must exist.
    ///
    /// - Throws: ``AdjustmentProblem`` naming the step that does not fit the document.
    public func setting(_ path: DocumentPath, to value: JSONValue) throws(AdjustmentProblem) -> JSONValue {
        try setting(path.steps[...], to: value, done: "")
    }

    private func setting(_ steps: ArraySlice<DocumentPath.Step>, to value: JSONValue, done: String) throws(AdjustmentProblem)
        -> JSONValue
    {
        guard let step = steps.first else { return value }
        let rest = steps.dropFirst()
        switch (step, self) {
        case (.member(let name), .object(var members)):
            let here = done.isEmpty ? name : done + "." + name
            if let position = members.firstIndex(where: { $0.key == name }) {
                if rest.isEmpty, value == .null {
                    members.remove(at: position)
                } else {
                    members[position].value = try members[position].value.setting(rest, to: value, done: here)
                }
            } else if !(rest.isEmpty && value == .null) {
                members.append((name, try JSONValue.object([]).setting(rest, to: value, done: here)))
            }
            return .object(members)
        case (.member, .null):
            return try JSONValue.object([]).setting(steps, to: value, done: done)
        case (.index(let position), .array(var elements)):
            guard position < elements.count else {
                throw AdjustmentProblem("\(done) has \(elements.count) elements: there is no [\(position)]")
            }
            elements[position] = try elements[position].setting(rest, to: value, done: done + "[\(position)]")
            return .array(elements)
        case (.key(let key), .array(var elements)):
            guard let position = elements.firstIndex(where: { $0["id"] == .string(key) || $0["list"] == .string(key) })
            else {
                throw AdjustmentProblem("\(done) has no element whose id is '\(key)'")
            }
            elements[position] = try elements[position].setting(rest, to: value, done: done + "[\(key)]")
            return .array(elements)
        case (.member(let name), _):
            throw AdjustmentProblem("\(done.isEmpty ? "the document" : done) is not an object, so it has no member '\(name)'")
        case (_, _):
            throw AdjustmentProblem("\(done.isEmpty ? "the document" : done) is not an array")
        }
    }
}

extension JSONValue {
    /// The document with a document edit (``Adjustment/isDocumentEdit``) applied, and one
    /// sentence that says what it did (the list named by its id); other adjustments leave it as
    /// it is, with no sentence (they describe themselves when applied to the checked model).
    ///
    /// - Throws: ``AdjustmentProblem`` for a path that does not fit, an unknown list, a list
    ///   with counted votes asked to boycott, or an end of boycotts where there is none.
    public func applying(_ adjustment: Adjustment) throws(AdjustmentProblem) -> (document: JSONValue, summary: String) {
        switch adjustment {
        case .set(let path, let value):
            return (try setting(try DocumentPath(path), to: value), "\(path) set to \(value.serialized())")
        case .endBoycotts:
            guard case .array(let boycotts)? = self["boycotts"], !boycotts.isEmpty else {
                throw AdjustmentProblem("the scenario has no boycott to end")
            }
            return (
                try setting(DocumentPath(steps: [.member("boycotts")]), to: .array([])),
                "every boycott ended: the boycotting lists stand where they have support"
            )
        case .boycott(let name, let abstention):
            guard let list = listID(named: name) else { throw AdjustmentProblem("unknown list '\(name)'") }
            if case .array(let constituencies)? = self["constituencies"] {
                let counted = constituencies.filter { $0["round1"]?["votes"]?.mentions(list) ?? false }
                if let first = counted.first {
                    let name = first["id"].flatMap { if case .string(let id) = $0 { id } else { nil } } ?? "?"
                    throw AdjustmentProblem(
                        "'\(list)' has counted round-1 votes in \(counted.count) constituencies (first '\(name)'): a boycott "
                            + "can only be modelled where round 1 is modelled, by turnout and shares")
                }
            }
            var boycotts: [JSONValue] = []
            if case .array(let elements)? = self["boycotts"] { boycotts = elements }
            let entry = JSONValue.object([("list", .string(list)), ("abstention", .number(abstention))])
            if let position = boycotts.firstIndex(where: { $0["list"] == .string(list) }) {
                boycotts[position] = entry
            } else {
                boycotts.append(entry)
            }
            return (
                try setting(DocumentPath(steps: [.member("boycotts")]), to: .array(boycotts)),
                "'\(list)' boycotts: it stands nowhere, and \(Formatting.percent(abstention, decimals: 0)) of its supporters abstain"
            )
        case .turnout, .swing, .modelRound2, .noWithdrawals:
            return (self, "")
        }
    }

    /// The id of the party or list a user names: by id, else by short name, else either
    /// without regard to case (as swings find lists).
    public func listID(named name: String) -> String? {
        let declared = [self["parties"], self["lists"]].flatMap { value -> [JSONValue] in
            if case .array(let elements)? = value { return elements }
            return []
        }
        func text(_ value: JSONValue?) -> String { if case .string(let text)? = value { text } else { "" } }
        let ids = declared.map { text($0["id"]) }
        guard let index = UserText.match(name, ids: ids, names: declared.map { text($0["shortName"]) }), !ids[index].isEmpty else {
            return nil
        }
        return ids[index]
    }

    /// Whether the string `text` occurs anywhere in the value, as a string or a member name.
    func mentions(_ text: String) -> Bool {
        switch self {
        case .string(let value): return value == text
        case .array(let values): return values.contains { $0.mentions(text) }
        case .object(let members): return members.contains { $0.key == text || $0.value.mentions(text) }
        default: return false
        }
    }
}

extension DocumentPath {
    /// A path from its steps.
    init(steps: [Step]) { self.steps = steps }
}
