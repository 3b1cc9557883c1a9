extension Scenario {
    /// The names of the two-round rule.
    static let twoRoundNames = ["two-round", "trs", "trs-list"]
    /// The method of a majority-bonus rule built step by step (`rule.majorityBonus`).
    static let majorityBonusName = "majority-bonus"

    func buildSystem(_ listIndex: [String: Int], _ context: inout ValidationContext) -> ElectoralSystem? {
        guard let spec = context.require(rule, "$", "rule") else { return nil }
        _ = context.note(spec.provenance, "rule")
        guard let method = context.require(spec.method, "rule", "method") else { return nil }
        if Self.twoRoundNames.contains(method) {
            for (field, present) in [
                ("scope", spec.scope != nil), ("threshold", spec.threshold != nil), ("leveling", spec.leveling != nil),
                ("mixedMember", spec.mixedMember != nil), ("firstDivisor", spec.firstDivisor != nil),
                ("quotaRounding", spec.quotaRounding != nil), ("majorityBonus", spec.majorityBonus != nil),
                ("biproportional", spec.biproportional != nil),
            ] where present {
                context.fail(.unsupported, JSONPath.join("rule", field), "'\(field)' applies to single-round rules, not 'two-round'")
            }
            return buildTwoRound(spec, &context).map(ElectoralSystem.twoRound)
        }
        for (field, present) in [("firstRound", spec.firstRound != nil), ("runoff", spec.runoff != nil)] where present {
            context.fail(.unsupported, JSONPath.join("rule", field), "'\(field)' applies to the 'two-round' rule only")
        }
        return buildSingleRound(spec, method: method, listIndex, &context).map(ElectoralSystem.singleRound)
    }

    private func buildSingleRound(
        _ spec: RuleSpec, method: String, _ listIndex: [String: Int], _ context: inout ValidationContext
    ) -> SingleRoundSystem? {
        if spec.biproportional != nil && method != Self.biproportionalName {
            context.fail(.unsupported, "rule.biproportional", "'biproportional' applies to \"method\": \"biproportional\" only")
        }
        if method == Self.biproportionalName { return buildBiproportional(spec, &context) }
        let firstDivisor = parseFirstDivisor(spec.firstDivisor, "rule.firstDivisor", &context)
        let rounding = parseRounding(spec.quotaRounding, "rule.quotaRounding", &context)
        let isBonus = method == Self.majorityBonusName || RuleCatalog.majorityBonusNames.contains(method)
        if isBonus {
            // The family carries its own thresholds and no tier; a share measured after another
            // threshold would be of the wrong total.
            for (field, present) in [
                ("threshold", spec.threshold != nil), ("leveling", spec.leveling != nil),
                ("mixedMember", spec.mixedMember != nil), ("firstDivisor", spec.firstDivisor != nil),
                ("quotaRounding", spec.quotaRounding != nil),
            ] where present {
                context.fail(
                    .unsupported, JSONPath.join("rule", field),
                    "'\(field)' does not apply to the majority-bonus rule '\(method)': its thresholds and its remainder's "
                        + "method are its own (rule.majorityBonus)")
            }
        }
        if spec.majorityBonus != nil && method != Self.majorityBonusName {
            context.fail(.unsupported, "rule.majorityBonus", "'majorityBonus' applies to \"method\": \"majority-bonus\" only")
        }
        let allocation: (any AllocationRule)?
        if method == Self.majorityBonusName {
            allocation = buildMajorityBonus(spec.majorityBonus, &context)
            guard allocation != nil else { return nil }
        } else {
            allocation = RuleCatalog.rule(named: method, firstDivisor: firstDivisor, quotaRounding: rounding)
        }
        guard let allocation else {
            let known = (Self.twoRoundNames.prefix(1) + RuleCatalog.names + [Self.majorityBonusName, Self.biproportionalName])
                .joined(separator: ", ")
            context.fail(.unsupported, "rule.method", "unknown rule '\(method)'; expected one of: \(known)")
            return nil
        }
        if isBonus { return buildBonusSystem(spec, method: method, allocation, &context) }
        var system = SingleRoundSystem(name: method, rule: allocation)
        system.scope = parseScope(spec.scope, "rule.scope", &context) ?? .district
        if let threshold = spec.threshold { system.threshold = buildThreshold(threshold, ruleScope: system.scope, &context) }
        if let leveling = spec.leveling {
            let path = "rule.leveling"
            let percent = context.check(
                context.require(leveling.percent, path, "percent"), in: 0...100, JSONPath.join(path, "percent"),
                "the percentage")
            var rule = allocation as? HighestAverages
            let divisorPath = JSONPath.join(path, "firstDivisor")
            if let name = leveling.method {
                let divisor = parseFirstDivisor(leveling.firstDivisor, divisorPath, &context)
                rule = RuleCatalog.rule(named: name, firstDivisor: divisor) as? HighestAverages
            } else if leveling.firstDivisor != nil {
                context.fail(.unsupported, divisorPath, "'firstDivisor' modifies the tier's own 'method'; give one, or set the rule's")
            }
            if rule == nil {
                context.fail(.unsupported, path, "a leveling tier needs a highest-averages rule (its own 'method' or the rule's)")
            }
            if system.scope == .national {
                context.fail(.unsupported, path, "a leveling tier tops up district seats: the rule's scope must be 'district'")
            }
            if let percent, let share = RuleCatalog.percent(percent), let rule {
                system.leveling = .init(threshold: VoteThreshold(share: share), rule: rule)
            }
        }
        if let mixed = spec.mixedMember {
            let path = "rule.mixedMember"
            var seats = Array(repeating: 0, count: listIndex.count)
            for (id, won) in (mixed.electorateSeats ?? [:]).sorted(by: { $0.key < $1.key }) {
                let wonPath = JSONPath.join(JSONPath.join(path, "electorateSeats"), id)
                guard let list = listIndex[id] else {
                    context.fail(.unknownReference, wonPath, "unknown list '\(id)'")
                    continue
                }
                seats[list] = context.check(won, in: 0...ValidationContext.maximumAssembly, wonPath, "electorate seats") ?? 0
            }
            let other = context.check(
                mixed.otherElectorateSeats ?? 0, in: 0...ValidationContext.maximumAssembly,
                JSONPath.join(path, "otherElectorateSeats"), "electorate seats") ?? 0
            if let rule = allocation as? HighestAverages {
                system.mixedMember = .init(electorateSeats: seats, otherElectorateSeats: other, rule: rule)
            } else {
                context.fail(.unsupported, "rule.method", "a mixed-member tier compensates with a highest-averages rule, not '\(method)'")
            }
            if system.scope != .national {
                context.fail(.unsupported, JSONPath.join("rule", "scope"), "a mixed-member tier allocates on national totals: set \"scope\": \"national\"")
            }
        }
        system.tieBreak = parseSingleRoundTieBreak(spec.tieBreak, &context)
        return system
    }

    /// A system of the majority-bonus family: its scope and tie rule; nothing else applies.
    private func buildBonusSystem(
        _ spec: RuleSpec, method: String, _ rule: any AllocationRule, _ context: inout ValidationContext
    ) -> SingleRoundSystem {
        var system = SingleRoundSystem(name: method, rule: rule)
        system.scope = parseScope(spec.scope, "rule.scope", &context) ?? .district
        system.tieBreak = parseSingleRoundTieBreak(spec.tieBreak, &context)
        return system
    }

    /// A first divisor for a modified Sainte-Laguë rule: above 0 and below 3 once rounded to the
    /// millionth (``RuleCatalog/firstDivisor(_:)``).
    func parseFirstDivisor(_ value: Double?, _ path: String, _ context: inout ValidationContext) -> Fraction? {
        guard let value else { return nil }
        guard let divisor = RuleCatalog.firstDivisor(value) else {
            context.fail(
                .outOfRange, path, "the first divisor must be above 0 and below 3 to the millionth, not \(value)")
            return nil
        }
        return divisor
    }

    /// A threshold; measured where the rule allocates (`ruleScope`) unless it says otherwise.
    private func buildThreshold(
        _ spec: ThresholdSpec, ruleScope: SingleRoundSystem.Scope, _ context: inout ValidationContext
    ) -> SingleRoundSystem.ThresholdSetting? {
        let path = "rule.threshold"
        let percent = context.check(
            context.require(spec.percent, path, "percent"), in: 0...100, JSONPath.join(path, "percent"), "the percentage")
        let comparison = parseComparison(spec.comparison, path, &context) ?? .atLeast
        let base = parseBase(spec.base ?? "valid", JSONPath.join(path, "base"), allowed: VoteBase.allCases, &context)
        let scope = parseScope(spec.scope, JSONPath.join(path, "scope"), &context) ?? ruleScope
        var levels: [(minimumParties: Int, threshold: VoteThreshold)] = []
        for (index, level) in (spec.coalitions ?? []).enumerated() {
            let levelPath = JSONPath.join(JSONPath.join(path, "coalitions"), index: index)
            let parties = context.check(
                context.require(level.minimumParties, levelPath, "minimumParties"), in: 2...1_000,
                JSONPath.join(levelPath, "minimumParties"), "the number of parties")
            let share = context.check(
                context.require(level.percent, levelPath, "percent"), in: 0...100, JSONPath.join(levelPath, "percent"),
                "the percentage")
            if let parties, let share, let fraction = RuleCatalog.percent(share) {
                levels.append((parties, VoteThreshold(share: fraction, comparison: comparison)))
            }
        }
        let alternative = context.check(
            spec.orConstituencySeats, in: 1...ValidationContext.maximumAssembly, JSONPath.join(path, "orConstituencySeats"),
            "the constituency seats")
        guard let percent, let share = RuleCatalog.percent(percent), let base else { return nil }
        let threshold = Threshold(
            party: VoteThreshold(share: share, comparison: comparison), coalitions: levels, orConstituencySeats: alternative)
        return .init(threshold: threshold, base: base, scope: scope)
    }

    private func parseScope(_ text: String?, _ path: String, _ context: inout ValidationContext) -> SingleRoundSystem.Scope? {
        guard let text else { return nil }
        guard let scope = SingleRoundSystem.Scope(rawValue: text) else {
            context.fail(.outOfRange, path, "unknown scope '\(text)'; expected district or national")
            return nil
        }
        return scope
    }

    func parseRounding(_ text: String?, _ path: String, _ context: inout ValidationContext) -> QuotaRounding {
        switch text ?? "exact" {
        case "exact": return .exact
        case "down": return .down
        case "half-up": return .halfUp
        case "up": return .up
        case let other:
            context.fail(.outOfRange, path, "unknown quota rounding '\(other)'; expected exact, down, half-up or up")
            return .exact
        }
    }

    func parseSingleRoundTieBreak(_ spec: TieBreakSpec?, _ context: inout ValidationContext) -> TieBreak {
        let seed = spec?.seed ?? 0
        switch spec?.rule ?? "more-votes-then-lot" {
        case "lot": return .lot(seed: seed)
        case "list-order": return .lowestIndex
        case "more-votes-then-lot": return .moreVotesThenLot(seed: seed)
        case "more-votes-then-list-order": return .moreVotesThenLowestIndex
        case let other:
            context.fail(
                .outOfRange, "rule.tieBreak.rule",
                "unknown tie rule '\(other)'; expected more-votes-then-lot, more-votes-then-list-order, lot or list-order")
            return .moreVotesThenLot(seed: seed)
        }
    }

    func buildTwoRound(_ spec: RuleSpec, _ context: inout ValidationContext) -> TwoRoundRule? {
        var rule = TwoRoundRule.absoluteMajority
        if let first = spec.firstRound {
            if let share = context.check(first.majority, in: 0...1, "rule.firstRound.majority", "the majority") {
                rule.majority = Proportion(share) ?? .half
            }
            if let base = parseBase(first.of, "rule.firstRound.of", allowed: [.cast, .valid, .validWithBlank], &context) {
                rule.majorityBase = base
            }
            if let minimum = context.check(
                first.registeredMinimum, in: 0...1, "rule.firstRound.registeredMinimum", "the registered minimum")
            {
                rule.registeredMinimum = Proportion(minimum)
            }
        }
        if let runoff = spec.runoff {
            switch runoff.qualify ?? "top-two" {
            case "top-two":
                rule.qualification = .topTwo
            case "threshold":
                let share = context.check(
                    context.require(runoff.share, "rule.runoff", "share"), in: 0...1, "rule.runoff.share", "the share")
                let base = parseBase(runoff.of ?? "registered", "rule.runoff.of", allowed: TwoRoundRule.Base.allCases, &context)
                let minimum = context.check(runoff.minimum ?? 2, in: 1...100, "rule.runoff.minimum", "the minimum")
                if let share, let base, let minimum, let proportion = Proportion(share) {
                    rule.qualification = .threshold(share: proportion, base: base, minimum: minimum)
                }
            case let other:
                context.fail(.outOfRange, "rule.runoff.qualify", "unknown qualification '\(other)'; expected top-two or threshold")
            }
        }
        if let tie = spec.tieBreak {
            switch tie.rule ?? "lot" {
            case "lot": rule.tieRule = .lot(seed: tie.seed ?? 0)
            case "list-order": rule.tieRule = .listOrder
            case let other:
                context.fail(.outOfRange, "rule.tieBreak.rule", "unknown tie rule '\(other)'; expected lot or list-order")
            }
        }
        return rule
    }

}
