extension JSONValue {
    /// The value as indented JSON text, members in order, ending with a newline.
    public func prettyPrinted(indent: Int = 2) -> String {
        var output = ""
        writePretty(to: &output, level: 0, indent: indent)
        return output + "\n"
    }

    private func writePretty(to output: inout String, level: Int, indent: Int) {
        let inner = String(repeating: " ", count: (level + 1) * indent)
        let outer = String(repeating: " ", count: level * indent)
        switch self {
        case .array(let values) where !values.isEmpty:
            if values.allSatisfy(\.isScalar) && values.count <= 16 {
                output += serialized()
                return
            }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.writePretty(to: &output, level: level + 1, indent: indent)
                output += index + 1 < values.count ? ",\n" : "\n"
            }
            output += outer + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += inner
                JSONValue.writeString(member.key, to: &output)
                output += ": "
                member.value.writePretty(to: &output, level: level + 1, indent: indent)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += outer + "}"
        default:
            output += serialized()
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}

extension JSONValue {
    /// A number rounded to `decimals` places (integers stay integers).
    public static func number(_ value: Double, decimals: Int) -> JSONValue {
        .number(Formatting.rounded(value, decimals: decimals))
    }

    /// A whole number.
    public static func int(_ value: Int) -> JSONValue { .integer(Int64(value)) }

    /// A string, or `null` for `nil`.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A sparse distribution: `[key, count]` for each non-zero `counts[index]`, in index order;
    /// the key is the index, or what `key` makes of it (an offset, a scale).
    static func sparse(_ counts: [Int], key: (Int) -> JSONValue = JSONValue.int) -> JSONValue {
        .array(counts.enumerated().filter { $0.element != 0 }.map { .array([key($0.offset), .int($0.element)]) })
    }
}
