/// `rule.majorityBonus`: a rule of the majority-bonus family (``MajorityBonus``) built step by
/// step, with `"method": "majority-bonus"`. The presets (`cameroon`, `chad`, `djibouti`,
/// `greece-2023`) need no block.
///
/// ```json
/// "majorityBonus": {
///   "majorityTakesAll": {"percent": 50, "comparison": "more-than"},
///   "bonus": {"shareOfSeats": 0.5, "rounding": "up"},
///   "remainder": {"method": "hare", "percent": 5, "leaderTakesPart": false}
/// }
/// ```
///
/// `bonus` is either a share of the seats (`shareOfSeats`, `rounding` `up`, `down` or
/// `half-up`) or `steps`, a schedule by the leading list's share of the votes:
/// `[{"percent": 25, "seats": 20}, {"percent": 25.5, "seats": 21}, …]`, the percentages
/// increasing and the seats never decreasing; without `bonus` there is none.
public struct MajorityBonusSpec: Decodable, Sendable {
    /// The share with which a list takes every seat.
    public var majorityTakesAll: PercentSpec?
    /// The leading list's bonus.
    public var bonus: BonusSpec?
    /// The proportional remainder.
    public var remainder: RemainderSpec?

    enum Key: String, CodingKey, CaseIterable { case majorityTakesAll, bonus, remainder }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        majorityTakesAll = reader.read(.majorityTakesAll)
        bonus = reader.read(.bonus)
        remainder = reader.read(.remainder)
    }

    /// `{"percent": 50, "comparison": "more-than"}`.
    public struct PercentSpec: Decodable, Sendable {
        /// The share, in percent of all list votes.
        public var percent: Double?
        /// `at-least` (default) or `more-than`.
        public var comparison: String?

        enum Key: String, CodingKey, CaseIterable { case percent, comparison }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            percent = reader.read(.percent)
            comparison = reader.read(.comparison)
        }
    }

    /// `bonus`: a share of the seats, or a schedule of steps.
    public struct BonusSpec: Decodable, Sendable {
        /// A share of the district's seats, from 0 to 1.
        public var shareOfSeats: Double?
        /// How that share is rounded: `up` (default), `down` or `half-up`.
        public var rounding: String?
        /// A schedule by the leading list's share of the votes.
        public var steps: [StepSpec]?

        enum Key: String, CodingKey, CaseIterable { case shareOfSeats, rounding, steps }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            shareOfSeats = reader.read(.shareOfSeats)
            rounding = reader.read(.rounding)
            steps = reader.read(.steps)
        }
    }

    /// One step of a bonus schedule.
    public struct StepSpec: Decodable, Sendable {
        /// The leading list's share of the votes, in percent, from which the step applies.
        public var percent: Double?
        /// `at-least` (default) or `more-than`.
        public var comparison: String?
        /// The bonus seats from this step on.
        public var seats: Int?

        enum Key: String, CodingKey, CaseIterable { case percent, comparison, seats }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            percent = reader.read(.percent)
            comparison = reader.read(.comparison)
            seats = reader.read(.seats)
        }
    }

    /// `remainder`: the proportional rule of the other seats and who takes part.
    public struct RemainderSpec: Decodable, Sendable {
        /// A highest-averages or largest-remainder rule of ``RuleCatalog``.
        public var method: String?
        /// Its first divisor, for `modified-sainte-lague`.
        public var firstDivisor: Double?
        /// Its quota rounding, for the largest-remainder rules.
        public var quotaRounding: String?
        /// The share of all votes a list needs, in percent (default 0).
        public var percent: Double?
        /// `at-least` (default) or `more-than`.
        public var comparison: String?
        /// Whether the leading list takes part (default `true`).
        public var leaderTakesPart: Bool?

        enum Key: String, CodingKey, CaseIterable {
            case method, firstDivisor, quotaRounding, percent, comparison, leaderTakesPart
        }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            method = reader.read(.method)
            firstDivisor = reader.read(.firstDivisor)
            quotaRounding = reader.read(.quotaRounding)
            percent = reader.read(.percent)
            comparison = reader.read(.comparison)
            leaderTakesPart = reader.read(.leaderTakesPart)
        }
    }
}

extension Scenario {
    /// The rule of `"method": "majority-bonus"`, from `rule.majorityBonus`.
    func buildMajorityBonus(_ spec: MajorityBonusSpec?, _ context: inout ValidationContext) -> (any AllocationRule)? {
        let path = "rule.majorityBonus"
        guard let spec = context.require(spec, "rule", "majorityBonus") else { return nil }
        var failed = false
        var majority: VoteThreshold?
        if let taking = spec.majorityTakesAll {
            majority = buildPercent(taking.percent, taking.comparison, JSONPath.join(path, "majorityTakesAll"), required: true, &context)
            failed = failed || majority == nil
        }
        var bonus = LeadingListBonus.schedule([])
        if let given = spec.bonus {
            let bonusPath = JSONPath.join(path, "bonus")
            switch (given.shareOfSeats, given.steps) {
            case (let share?, nil):
                let rounding = BonusRounding(rawValue: given.rounding ?? "up")
                if rounding == nil {
                    context.fail(
                        .outOfRange, JSONPath.join(bonusPath, "rounding"),
                        "unknown rounding '\(given.rounding ?? "")'; expected up, down or half-up")
                }
                let checked = context.check(share, in: 0...1, JSONPath.join(bonusPath, "shareOfSeats"), "the share of the seats")
                if let checked, let fraction = RuleCatalog.fraction(checked), let rounding {
                    bonus = .share(fraction, rounding: rounding)
                } else {
                    failed = true
                }
            case (nil, let steps?):
                if given.rounding != nil {
                    context.fail(.unsupported, JSONPath.join(bonusPath, "rounding"), "'rounding' applies to 'shareOfSeats', not to 'steps'")
                }
                if let schedule = buildSteps(steps, JSONPath.join(bonusPath, "steps"), &context) {
                    bonus = .schedule(schedule)
                } else {
                    failed = true
                }
            default:
                context.fail(.unsupported, bonusPath, "give either 'shareOfSeats' or 'steps', exactly one")
                failed = true
            }
        }
        let remainderPath = JSONPath.join(path, "remainder")
        guard let remainderSpec = context.require(spec.remainder, path, "remainder") else { return nil }
        let methodPath = JSONPath.join(remainderPath, "method")
        guard let method = context.require(remainderSpec.method, remainderPath, "method") else { return nil }
        let firstDivisor = parseFirstDivisor(remainderSpec.firstDivisor, JSONPath.join(remainderPath, "firstDivisor"), &context)
        let rounding = parseRounding(remainderSpec.quotaRounding, JSONPath.join(remainderPath, "quotaRounding"), &context)
        let threshold =
            remainderSpec.percent == nil && remainderSpec.comparison == nil
            ? VoteThreshold.none
            : buildPercent(remainderSpec.percent, remainderSpec.comparison, remainderPath, required: true, &context)
        let leader = remainderSpec.leaderTakesPart ?? true
        let remainder = RuleCatalog.rule(named: method, firstDivisor: firstDivisor, quotaRounding: rounding)
        guard let remainder, remainder is HighestAverages || remainder is LargestRemainder else {
            context.fail(
                .unsupported, methodPath,
                "the remainder needs a highest-averages or largest-remainder rule (dhondt, sainte-lague, hare, droop, …), not '\(method)'")
            return nil
        }
        guard !failed, let threshold else { return nil }
        return Self.majorityBonus(
            majority: majority, bonus: bonus, remainder: remainder, threshold: threshold, leaderTakesPart: leader)
    }

    /// The rule, with the remainder's concrete type opened from the existential.
    private static func majorityBonus<Remainder: AllocationRule>(
        majority: VoteThreshold?, bonus: LeadingListBonus, remainder: Remainder, threshold: VoteThreshold,
        leaderTakesPart: Bool
    ) -> any AllocationRule {
        MajorityBonus(
            majorityTakesAll: majority, bonus: bonus, remainder: remainder, remainderThreshold: threshold,
            leaderSharesRemainder: leaderTakesPart)
    }

    private func buildSteps(
        _ steps: [MajorityBonusSpec.StepSpec], _ path: String, _ context: inout ValidationContext
    ) -> [LeadingListBonusStep]? {
        var schedule: [LeadingListBonusStep] = []
        var failed = false
        for (index, step) in steps.enumerated() {
            let stepPath = JSONPath.join(path, index: index)
            let threshold = buildPercent(step.percent, step.comparison, stepPath, required: true, &context)
            let seats = context.check(
                context.require(step.seats, stepPath, "seats"), in: 0...ValidationContext.maximumAssembly,
                JSONPath.join(stepPath, "seats"), "the bonus seats")
            guard let threshold, let seats else {
                failed = true
                continue
            }
            if let previous = schedule.last {
                let increasing = previous.threshold.isBelow(threshold)
                if !increasing {
                    context.fail(.outOfRange, JSONPath.join(stepPath, "percent"), "the schedule is not monotone: each step's percentage must be above the one before")
                    failed = true
                }
                if seats < previous.seats {
                    context.fail(
                        .outOfRange, JSONPath.join(stepPath, "seats"),
                        "the schedule is not monotone: \(seats) seats after \(previous.seats) at a lower share")
                    failed = true
                }
            }
            schedule.append(.init(threshold: threshold, seats: seats))
        }
        return failed ? nil : schedule
    }

    /// A percentage and its comparison as a threshold on all list votes.
    func buildPercent(
        _ percent: Double?, _ comparison: String?, _ path: String, required: Bool, _ context: inout ValidationContext
    ) -> VoteThreshold? {
        let value = context.check(
            required ? context.require(percent, path, "percent") : percent, in: 0...100, JSONPath.join(path, "percent"),
            "the percentage")
        let parsed = parseComparison(comparison, path, &context)
        guard let value, let share = RuleCatalog.percent(value), let parsed else { return nil }
        return VoteThreshold(share: share, comparison: parsed)
    }
}

extension Scenario {
    /// `comparison` at `path`: `at-least` (the default) or `more-than`; `nil` after reporting anything else.
    func parseComparison(_ text: String?, _ path: String, _ context: inout ValidationContext) -> VoteThreshold.Comparison? {
        switch text ?? "at-least" {
        case "at-least": return .atLeast
        case "more-than": return .moreThan
        case let other:
            context.fail(.outOfRange, JSONPath.join(path, "comparison"), "unknown comparison '\(other)'; expected at-least or more-than")
            return nil
        }
    }
}
