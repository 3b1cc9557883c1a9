/// Where each value of a merged scenario was written: the file of an `extends` chain that set
/// it, and its path in that file. A problem found in the merged document is reported there
/// (`what-if.json: parties[0].colour`, not `parties[23].colour`, a path the user's file does
/// not have), and a value the user's file inherited says so and how to clear it.
///
/// The tree mirrors the document: an object's members by name, an array's elements by
/// position. It is built only for documents that `extend` another.
struct OriginNode: Sendable {
    /// The file that wrote this value, and the value's path in it.
    var file: String
    var path: String
    /// An object's members.
    var members: [String: OriginNode] = [:]
    /// An array's elements.
    var elements: [OriginNode] = []

    /// Every value of `value`, written in `file` at `path`.
    init(_ value: JSONValue, file: String, path: String) {
        self.file = file
        self.path = path
        switch value {
        case .object(let pairs):
            for pair in pairs { members[pair.key] = OriginNode(pair.value, file: file, path: JSONPath.join(path, pair.key)) }
        case .array(let values):
            elements = values.enumerated().map { OriginNode($1, file: file, path: JSONPath.join(path, index: $0)) }
        default:
            break
        }
    }

    /// A node with only its own origin (its children are added by the merge).
    init(file: String, path: String) {
        self.file = file
        self.path = path
    }

    /// The origin of the value at `path` of the merged document: the deepest node the path
    /// reaches, with the rest of the path appended to its path in its file.
    func locate(_ path: String) -> (node: OriginNode, path: String) {
        guard path != "$", let steps = try? DocumentPath(path).steps else { return (self, self.path) }
        var node = self
        var rest: [DocumentPath.Step] = []
        for (position, step) in steps.enumerated() {
            let next: OriginNode?
            switch step {
            case .member(let name): next = node.members[name]
            case .index(let index): next = node.elements.indices.contains(index) ? node.elements[index] : nil
            case .key: next = nil
            }
            guard let next else {
                rest = Array(steps[position...])
                break
            }
            node = next
        }
        return (node, DocumentPath(steps: rest).appended(to: node.path))
    }

    /// The files the members of this object came from, with their names, in order of first appearance.
    var memberFiles: [(file: String, names: [String])] {
        var result: [(file: String, names: [String])] = []
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let index = result.firstIndex(where: { $0.file == member.file }) {
                result[index].names.append(name)
            } else {
                result.append((member.file, [name]))
            }
        }
        return result
    }
}

extension DocumentPath {
    /// This path's steps appended to `base` (a JSON path as problems print it).
    func appended(to base: String) -> String {
        var path = base
        for step in steps {
            switch step {
            case .member(let name): path = JSONPath.join(path, name)
            case .index(let index): path = JSONPath.join(path, index: index)
            case .key(let key): path += "[\(key)]"
            }
        }
        return path
    }
}

extension ScenarioError {
    /// The problems of a merged document, each placed where its value was written: in the
    /// extending file at its own path, or, for a value inherited from a file it extends, in that
    /// file, with how to clear it from the extending one. An object whose members come from
    /// several files names which came from where (shares that no longer sum to one, say).
    func placed(by origins: OriginNode) -> ScenarioError {
        var placed = self
        placed.problems = problems.map { problem in
            guard problem.path != "$" else { return problem }
            var problem = problem
            let (node, path) = origins.locate(problem.path)
            let sources = node.memberFiles
            if sources.count > 1 {
                let parts = sources.map { "from \($0.file): \($0.names.joined(separator: ", "))" }
                problem.message += " (members \(parts.joined(separator: "; ")); set a member to null to remove it)"
            }
            if node.file != file {
                problem.message += " (inherited from \(node.file) at \(path); set it to null in \(file) to clear it)"
            } else {
                problem.path = path
            }
            return problem
        }
        return placed
    }
}
