/// `rule.biproportional`: the options of `"method": "biproportional"`.
///
/// ```json
/// "biproportional": {"quorum": {"percent": 5}, "voterNumbers": "rounded"}
/// ```
public struct BiproportionalSpec: Decodable, Sendable {
    /// The share of a constituency's list votes a list must reach in at least one constituency.
    public var quorum: MajorityBonusSpec.PercentSpec?
    /// Or the share of all voter numbers it may reach instead.
    public var totalQuorum: MajorityBonusSpec.PercentSpec?
    /// `rounded` (default) or `exact`.
    public var voterNumbers: String?

    enum Key: String, CodingKey, CaseIterable { case quorum, totalQuorum, voterNumbers }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        quorum = reader.read(.quorum)
        totalQuorum = reader.read(.totalQuorum)
        voterNumbers = reader.read(.voterNumbers)
    }
}

extension Scenario {
    /// The method name of the biproportional apportionment.
    static let biproportionalName = BiproportionalApportionment.name

    /// The system of `"method": "biproportional"`: its options, scope and tie rule.
    func buildBiproportional(_ spec: RuleSpec, _ context: inout ValidationContext) -> SingleRoundSystem? {
        let path = "rule.biproportional"
        for (field, present) in [
            ("threshold", spec.threshold != nil), ("leveling", spec.leveling != nil),
            ("mixedMember", spec.mixedMember != nil), ("firstDivisor", spec.firstDivisor != nil),
            ("quotaRounding", spec.quotaRounding != nil), ("majorityBonus", spec.majorityBonus != nil),
            ("scope", spec.scope != nil),
        ] where present {
            context.fail(
                .unsupported, JSONPath.join("rule", field),
                "'\(field)' does not apply to 'biproportional': its quorum is 'biproportional.quorum', and it always "
                    + "shares the seats over the whole territory and places them in every constituency")
        }
        var rule = BiproportionalApportionment()
        var failed = false
        if let given = spec.biproportional {
            if let quorum = given.quorum {
                rule.districtQuorum = buildPercent(quorum.percent, quorum.comparison, JSONPath.join(path, "quorum"), required: true, &context)
                failed = failed || rule.districtQuorum == nil
            }
            if let quorum = given.totalQuorum {
                rule.totalQuorum = buildPercent(
                    quorum.percent, quorum.comparison, JSONPath.join(path, "totalQuorum"), required: true, &context)
                failed = failed || rule.totalQuorum == nil
            }
            if let text = given.voterNumbers {
                if let numbers = BiproportionalApportionment.VoterNumbers(rawValue: text) {
                    rule.voterNumbers = numbers
                } else {
                    context.fail(
                        .outOfRange, JSONPath.join(path, "voterNumbers"), "unknown voter numbers '\(text)'; expected votes, rounded or exact")
                    failed = true
                }
            }
        }
        let tieBreak = parseSingleRoundTieBreak(spec.tieBreak, &context)
        return failed ? nil : .biproportional(rule, tieBreak: tieBreak)
    }
}

extension Election {
    /// Why this election's votes cannot be apportioned biproportionally, with the JSON path to
    /// blame, or `nil`: a list with votes in no constituency, exact voter numbers too large to
    /// keep whole, or margins no apportionment can meet.
    func biproportionalProblem(_ rule: BiproportionalApportionment) -> (path: String, message: String)? {
        // The round-1 votes the rule will see: the deterministic run's, by list.
        let listIndex = Dictionary(uniqueKeysWithValues: lists.enumerated().map { ($0.element.id, $0.offset) })
        let contests = constituencies.filter(\.isContested)
        let rows = run().constituencies.filter { $0.decidedInRound != nil }
        var votes = Array(repeating: Array(repeating: 0, count: lists.count), count: rows.count)
        let largest = contests.map(\.registered).max() ?? 0
        for (c, row) in rows.enumerated() {
            for entry in row.entries { if let list = listIndex[entry.list] { votes[c][list] += entry.firstRound } }
        }
        for (index, list) in lists.enumerated() where votes.allSatisfy({ $0[index] == 0 }) {
            return (
                "lists", "list '\(list.id)' has no votes in any constituency: a biproportional apportionment has no "
                    + "column for it; remove it")
        }
        if rule.voterNumbers == .exact {
            var scale = 1
            for constituency in contests {
                scale = BiproportionalApportionment.leastCommonMultiple(scale, constituency.seats) ?? Int.max
            }
            if scale.multipliedReportingOverflow(by: Swift.max(1, largest)).overflow || scale == Int.max {
                return (
                    "rule.biproportional.voterNumbers", "exact voter numbers over these magnitudes need a common "
                        + "multiple of \(scale == Int.max ? "more than 2⁶³" : "\(scale)") seats, too large to keep whole; use 'rounded'")
            }
        }
        guard rows.count == contests.count else { return nil }
        let result = rule.apportion(votes: votes, seats: contests.map(\.seats))
        if !result.isComplete {
            return (
                "rule", "no biproportional apportionment of these votes gives every constituency its seats and every "
                    + "list its total (a constituency's seats exceed what the lists standing there are owed)")
        }
        return nil
    }
}
