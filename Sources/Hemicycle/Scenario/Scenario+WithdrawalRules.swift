/// One entry of `withdrawalRules`: a modelled withdrawal (``WithdrawalRule``).
public struct WithdrawalRuleSpec: Decodable, Sendable {
    /// The list or bloc whose qualified entries it applies to.
    public var list: String?
    /// Places among the qualified (one number or an array).
    public var place: [Int]?
    /// Sizes of the qualified field (one number or an array).
    public var fieldSize: [Int]?
    /// Lists or blocs that must each have another qualified entry.
    public var ifQualified: [String]?
    /// Lists or blocs that must each have a qualified entry placed ahead.
    public var ifAhead: [String]?
    /// The probability that a matching entry withdraws (default 1).
    public var probability: Double?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case list, place, fieldSize, ifQualified, ifAhead, probability, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        list = reader.read(.list)
        place = reader.read(.place, as: OneOrMany<Int>.self)?.values
        fieldSize = reader.read(.fieldSize, as: OneOrMany<Int>.self)?.values
        ifQualified = reader.read(.ifQualified, as: StringOrStrings.self)?.values
        ifAhead = reader.read(.ifAhead, as: StringOrStrings.self)?.values
        probability = reader.read(.probability)
        provenance = reader.read(.provenance)
    }
}

extension Scenario {
    /// The largest place or field size a rule may name (places are bits of a 64-bit mask).
    static let largestWithdrawalPlace = 63

    /// The `withdrawalRules`, checked: known lists and blocs, a probability in (0, 1], places
    /// and field sizes in range, a two-round rule, and conditions that can hold.
    func buildWithdrawalRules(
        _ listIndex: [String: Int], blocs: [Bloc], system: ElectoralSystem?, _ context: inout ValidationContext
    ) -> [WithdrawalRule] {
        guard let specs = withdrawalRules, !specs.isEmpty else { return [] }
        var rules: [WithdrawalRule] = []
        let twoRound: TwoRoundRule?
        if case .twoRound(let rule)? = system { twoRound = rule } else { twoRound = nil }
        if system != nil && twoRound == nil {
            context.fail(.unsupported, "withdrawalRules", "withdrawals apply to a two-round rule's run-off")
            return []
        }
        func group(_ name: String, _ path: String, _ context: inout ValidationContext) -> [Int]? {
            if let list = listIndex[name] { return [list] }
            if let bloc = blocs.first(where: { $0.id == name }) { return bloc.lists }
            context.fail(.unknownReference, path, "unknown list or bloc '\(name)'")
            return nil
        }
        for (index, spec) in specs.enumerated() {
            let path = JSONPath.join("withdrawalRules", index: index)
            _ = context.note(spec.provenance, path)
            guard let name = context.require(spec.list, path, "list"),
                let lists = group(name, JSONPath.join(path, "list"), &context)
            else { continue }
            let probability = context.check(spec.probability ?? 1, in: 0...1, JSONPath.join(path, "probability"), "a probability") ?? 1
            if probability == 0 {
                context.fail(.outOfRange, JSONPath.join(path, "probability"), "a rule of probability 0 never withdraws anyone")
            }
            let places = spec.place ?? []
            let sizes = spec.fieldSize ?? []
            let limit = Self.largestWithdrawalPlace
            if let bad = places.first(where: { !(1...limit).contains($0) }) {
                context.fail(.outOfRange, JSONPath.join(path, "place"), "a place among the qualified is 1 to \(limit), not \(bad)")
                continue
            }
            if let bad = sizes.first(where: { !(2...limit).contains($0) }) {
                context.fail(
                    .outOfRange, JSONPath.join(path, "fieldSize"),
                    "a field that can lose a candidate has 2 to \(limit) qualified, not \(bad)")
                continue
            }
            var ifQualified: [[Int]] = []
            for (position, other) in (spec.ifQualified ?? []).enumerated() {
                let member = (spec.ifQualified?.count ?? 0) > 1 ? "ifQualified[\(position)]" : "ifQualified"
                if let lists = group(other, JSONPath.join(path, member), &context) { ifQualified.append(lists) }
            }
            var ifAhead: [[Int]] = []
            for (position, other) in (spec.ifAhead ?? []).enumerated() {
                let member = (spec.ifAhead?.count ?? 0) > 1 ? "ifAhead[\(position)]" : "ifAhead"
                if let lists = group(other, JSONPath.join(path, member), &context) { ifAhead.append(lists) }
            }
            let rule = WithdrawalRule(
                name: name, lists: lists, places: places.sorted(), fieldSizes: sizes.sorted(), ifQualified: ifQualified,
                ifAhead: ifAhead, probability: probability)
            if let never = Self.whyNever(rule, under: twoRound) {
                context.fail(.outOfRange, path, "the rule can never apply: \(never)")
                continue
            }
            rules.append(rule)
        }
        return rules
    }

    /// Why `rule` can never match a qualified entry under `twoRound`'s qualification, or `nil`.
    static func whyNever(_ rule: WithdrawalRule, under twoRound: TwoRoundRule?) -> String? {
        // The fields the qualification can give.
        var fields = 2...largestWithdrawalPlace
        if let twoRound {
            switch twoRound.qualification {
            case .topTwo: fields = 2...2
            case .threshold(_, _, let minimum): fields = max(2, minimum)...largestWithdrawalPlace
            }
        }
        let sizes = rule.fieldSizes.isEmpty ? Array(fields) : rule.fieldSizes.filter { fields.contains($0) }
        guard let largest = sizes.max() else {
            return "the rule qualifies \(fields.count == 1 ? "exactly \(fields.lowerBound)" : "at least \(fields.lowerBound)") for the run-off, never a field of \(rule.fieldSizes.map(String.init).joined(separator: " or "))"
        }
        let places = rule.places.isEmpty ? Array(1...largest) : rule.places.filter { $0 <= largest }
        guard !places.isEmpty else {
            return "place \(rule.places.map(String.init).joined(separator: " or ")) in a field of at most \(largest)"
        }
        if !rule.ifAhead.isEmpty && places.allSatisfy({ $0 == 1 }) {
            return "nobody is placed ahead of the first, so 'ifAhead' never holds"
        }
        return nil
    }
}
