/// One rule to compare, as a user names it: `dhondt`, `sainte-lague:national:threshold=5`,
/// `modified-sainte-lague:first-divisor=1.4`, `hare:quota=half-up`, or `trs-list` for the
/// two-round majority rule.
///
/// Syntax: `NAME[:OPTION]...`, options `national` (allocate on national totals instead of per
/// constituency), `threshold=PERCENT` (of valid votes; nationally with `national`, else per
/// constituency), `first-divisor=X`, `quota=exact|down|half-up|up`. `scenario` names the
/// scenario's own rule; `biproportional` takes `threshold=PERCENT` (in at least one
/// constituency) and `voter-numbers=votes|rounded|exact`.
public struct RuleChoice: Sendable {
    /// The label as written (the column header of a comparison).
    public var label: String
    /// The system it stands for.
    public var system: ElectoralSystem

    /// Why a rule name could not be understood.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// The names of the two-round majority rule.
    public static let twoRoundNames = ["trs-list", "trs", "two-round"]

    /// The rules compared when neither the user nor the scenario names any: the scenario's own
    /// rule, then D'Hondt, Sainte-Laguë and Hare in each constituency.
    public static let defaultNames = ["scenario", "dhondt", "sainte-lague", "hare"]

    /// The label as a file name (without extension): letters, digits and `-` kept, every other
    /// character `_`; `dhondt:national:threshold=5` gives `dhondt_national_threshold_5`.
    public var fileName: String { String(label.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }) }

    /// Parses `text` for `election` (whose own two-round rule `trs-list` stands for, when it has one).
    public static func parse(_ text: String, for election: Election) throws(ParseError) -> RuleChoice {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, !name.isEmpty else { throw ParseError(message: "empty rule name in '\(text)'") }
        let options = Array(parts.dropFirst())
        if name == "scenario" {
            guard options.isEmpty else { throw ParseError(message: "'scenario' takes no options") }
            // Labelled by what it is: trs-list, or the single-round rule's name.
            let label: String
            switch election.system {
            case .twoRound: label = "trs-list"
            case .singleRound(let system): label = system.scope == .national ? "\(system.name):national" : system.name
            }
            return RuleChoice(label: label, system: election.system)
        }
        if twoRoundNames.contains(name) {
            guard options.isEmpty else { throw ParseError(message: "'\(name)' takes no options; it is the scenario's two-round rule") }
            return RuleChoice(label: text, system: .twoRound(election.countingRule))
        }
        if name == BiproportionalApportionment.name { return try parseBiproportional(text, options: options) }
        var national = false
        var threshold: Fraction?
        var firstDivisor: Fraction?
        var rounding: QuotaRounding?
        for (option, key, value) in try splitOptions(options, in: text) {
            switch (key, value) {
            case ("national", nil): national = true
            case ("threshold", let value?):
                threshold = try percentOption(value)
            case ("first-divisor", let value?):
                guard let number = Double(value), let divisor = RuleCatalog.firstDivisor(number) else {
                    throw ParseError(
                        message: "first-divisor must be a number above 0 and below 3 to the millionth, not '\(value)'")
                }
                firstDivisor = divisor
            case ("quota", let value?):
                switch value {
                case "exact": rounding = .exact
                case "down": rounding = .down
                case "half-up": rounding = .halfUp
                case "up": rounding = .up
                default: throw ParseError(message: "quota must be exact, down, half-up or up, not '\(value)'")
                }
            default:
                throw ParseError(
                    message: "unknown option '\(option)' in '\(text)'; options are national, threshold=PERCENT, "
                        + "first-divisor=X, quota=exact|down|half-up|up")
            }
        }
        guard let rule = RuleCatalog.rule(named: name, firstDivisor: firstDivisor, quotaRounding: rounding ?? .exact) else {
            let names: [String] = [twoRoundNames[0], "scenario"] + RuleCatalog.names + [BiproportionalApportionment.name]
            let known = names.joined(separator: ", ")
            throw ParseError(message: "unknown rule '\(name)'; expected one of: \(known)")
        }
        // An option the rule has no use for is a mistake, not something to ignore.
        if firstDivisor != nil && name != "modified-sainte-lague" {
            throw ParseError(message: "first-divisor applies only to modified-sainte-lague, not to '\(name)'")
        }
        if rounding != nil && !(rule is LargestRemainder) {
            throw ParseError(message: "quota applies only to the largest-remainder rules (hare, droop, …), not to '\(name)'")
        }
        if threshold != nil && RuleCatalog.majorityBonusNames.contains(name) {
            throw ParseError(message: "'\(name)' carries its own thresholds; threshold= does not apply to it")
        }
        var system = SingleRoundSystem(name: name, rule: rule, scope: national ? .national : .district)
        if let threshold {
            system.threshold = .init(
                threshold: Threshold(VoteThreshold(share: threshold)), base: .valid, scope: national ? .national : .district)
        }
        system.tieBreak = .moreVotesThenLot(seed: 0)
        if let problem = system.bonusProblem(constituencies: election.constituencies) {
            throw ParseError(message: "'\(text)': \(problem)" + (national ? "" : "; add ':national' to allocate on national totals"))
        }
        return RuleChoice(label: text, system: .singleRound(system))
    }

    /// The options after the name, each as `KEY` or `KEY=VALUE`, each key at most once.
    private static func splitOptions(
        _ options: [String], in text: String
    ) throws(ParseError) -> [(option: String, key: String, value: String?)] {
        var given: Set<String> = []
        var split: [(option: String, key: String, value: String?)] = []
        for option in options {
            let pair = option.split(separator: "=", maxSplits: 1).map(String.init)
            let key = pair.first ?? ""
            guard given.insert(key).inserted else {
                throw ParseError(message: "option '\(key)' is given twice in '\(text)'")
            }
            split.append((option, key, pair.count > 1 ? pair[1] : nil))
        }
        return split
    }

    /// `threshold=`'s value: a percentage (`5`, `5%`, `2.5`) from 0 to 100, to the millionth of a point.
    private static func percentOption(_ value: String) throws(ParseError) -> Fraction {
        guard let percent = UserText.percent(value), let share = RuleCatalog.percent(percent) else {
            throw ParseError(message: "threshold must be a percentage from 0 to 100, not '\(value)'")
        }
        return share
    }

    /// `biproportional[:threshold=P][:voter-numbers=votes|rounded|exact]`: the quorum is P % of the
    /// votes in at least one constituency.
    private static func parseBiproportional(_ text: String, options: [String]) throws(ParseError) -> RuleChoice {
        var rule = BiproportionalApportionment()
        for (option, key, value) in try splitOptions(options, in: text) {
            switch (key, value) {
            case ("threshold", let value?):
                rule.districtQuorum = VoteThreshold(share: try percentOption(value))
            case ("voter-numbers", let value?):
                guard let numbers = BiproportionalApportionment.VoterNumbers(rawValue: value) else {
                    throw ParseError(message: "voter-numbers must be votes, rounded or exact, not '\(value)'")
                }
                rule.voterNumbers = numbers
            default:
                throw ParseError(
                    message: "unknown option '\(option)' in '\(text)'; biproportional takes threshold=PERCENT (in at "
                        + "least one constituency) and voter-numbers=votes|rounded|exact")
            }
        }
        return RuleChoice(label: text, system: .singleRound(.biproportional(rule, tieBreak: .moreVotesThenLot(seed: 0))))
    }

    /// The rules to compare on `election` when the user names none: the scenario's `compare` list
    /// (``Election/comparisonRules``) if it has one, else ``defaultNames``.
    ///
    /// - Throws: ``ParseError`` for a name of `comparisonRules` that does not parse (a scenario
    ///   loaded through validation has none).
    public static func defaultChoices(for election: Election) throws(ParseError) -> [RuleChoice] {
        let names = election.comparisonRules.isEmpty ? defaultNames : election.comparisonRules
        var choices: [RuleChoice] = []
        for name in names { choices.append(try parse(name, for: election)) }
        return choices
    }

    /// Parses a comma-separated list of rules.
    public static func parseList(_ text: String, for election: Election) throws(ParseError) -> [RuleChoice] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
        guard names.contains(where: { !$0.isEmpty }) else { throw ParseError(message: "no rules given") }
        guard !names.contains(where: \.isEmpty) else {
            throw ParseError(message: "an empty rule in '\(text)' (two commas in a row, or one at an end)")
        }
        var choices: [RuleChoice] = []
        for name in names { choices.append(try parse(name, for: election)) }
        return choices
    }
}

extension Election {
    /// This election under another system (same votes, same everything else).
    public func with(system: ElectoralSystem) -> Election {
        var copy = self
        copy.system = system
        return copy
    }
}
