#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A coding key for any JSON member name or array index.
struct JSONKey: CodingKey, Hashable {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) { self.init(index: intValue) }

    /// The key of an array element.
    init(index: Int) {
        stringValue = "\(index)"
        intValue = index
    }
}

/// Collects decoding problems so that one load reports all of them, not just the first.
final class DecodingLog: @unchecked Sendable {
    // Only touched by the one decoder that owns it, on one thread.
    private(set) var problems: [ScenarioError.Problem] = []

    func add(_ code: ScenarioError.Code, at path: [any CodingKey], _ message: String) {
        problems.append(.init(code: code, path: JSONPath.render(path), message: message))
    }

    static let userInfoKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "org.hemicycle.decoding-log") else {
            preconditionFailure("a constant user-info key is valid")
        }
        return key
    }()
}

/// Renders coding paths as JSON paths: `constituencies[3].round1.shares.ADEMA`.
enum JSONPath {
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if key.stringValue.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                !key.stringValue.isEmpty
            {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            } else {
                text += "[\"\(key.stringValue)\"]"
            }
        }
        return text.isEmpty ? "$" : text
    }

    static func join(_ base: String, _ member: String) -> String {
        base == "$" ? member : "\(base).\(member)"
    }

    static func join(_ base: String, index: Int) -> String {
        base == "$" ? "[\(index)]" : "\(base)[\(index)]"
    }
}

/// Reads one JSON object leniently: a field with the wrong type is logged and read as absent,
/// unknown members are logged, and nothing throws, so one pass finds every problem.
struct SpecReader<Key: CodingKey & CaseIterable & RawRepresentable> where Key.RawValue == String {
    private let container: KeyedDecodingContainer<JSONKey>?
    private let log: DecodingLog?
    let codingPath: [any CodingKey]

    init(_ decoder: any Decoder, _ keys: Key.Type) {
        log = decoder.userInfo[DecodingLog.userInfoKey] as? DecodingLog
        codingPath = decoder.codingPath
        do {
            let container = try decoder.container(keyedBy: JSONKey.self)
            self.container = container
            let known = Key.allCases.map(\.rawValue)
            for key in container.allKeys where !known.contains(key.stringValue) {
                log?.add(
                    .unknownField, at: decoder.codingPath + [key],
                    "unknown field '\(key.stringValue)'; expected one of: \(known.joined(separator: ", "))")
            }
        } catch {
            container = nil
            log?.add(.wrongType, at: decoder.codingPath, "expected an object")
        }
    }

    /// Whether the object has this member (even `null`).
    func contains(_ key: Key) -> Bool {
        container?.contains(JSONKey(key.rawValue)) ?? false
    }

    /// The member's value, or `nil` when absent, `null` or of the wrong type (logged).
    func read<T: Decodable>(_ key: Key, as type: T.Type = T.self) -> T? {
        let jsonKey = JSONKey(key.rawValue)
        guard let container, container.contains(jsonKey) else { return nil }
        if (try? container.decodeNil(forKey: jsonKey)) == true { return nil }
        do {
            return try container.decode(T.self, forKey: jsonKey)
        } catch {
            let found = Self.describeFound(container, jsonKey)
            log?.add(.wrongType, at: codingPath + [jsonKey], "expected \(Self.friendlyName(T.self)), found \(found)")
        }
        return nil
    }

    /// Says what a member holds, for an error message: `the string "x"`, `the number 4.5`, `an array`.
    static func describeFound(_ container: KeyedDecodingContainer<JSONKey>, _ key: JSONKey) -> String {
        if let value = try? container.decode(Bool.self, forKey: key) { return "\(value)" }
        if let value = try? container.decode(Int.self, forKey: key) { return "the number \(value)" }
        if let value = try? container.decode(Double.self, forKey: key) { return "the number \(value)" }
        if let value = try? container.decode(String.self, forKey: key) {
            return "the string \"\(value.prefix(40))\(value.count > 40 ? "…" : "")\""
        }
        if (try? container.nestedUnkeyedContainer(forKey: key)) != nil { return "an array" }
        if (try? container.nestedContainer(keyedBy: JSONKey.self, forKey: key)) != nil { return "an object" }
        return "a value of another type"
    }

    static func friendlyName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is UInt64.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "an array of strings"
        case is [Int].Type: return "an array of whole numbers"
        case is [String: Double].Type: return "an object of numbers"
        case is [String: Int].Type: return "an object of whole numbers"
        default: return "an object or array as documented"
        }
    }
}

/// A value that is one element or an array of them in JSON (`"CNID"` or `["CNID", "US-RDA"]`,
/// `3` or `[3, 4]`).
struct OneOrMany<Element: Decodable & Sendable & Hashable>: Decodable, Sendable, Hashable {
    let values: [Element]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(Element.self) {
            values = [one]
        } else {
            values = try container.decode([Element].self)
        }
    }
}

/// One string or an array of strings.
typealias StringOrStrings = OneOrMany<String>
