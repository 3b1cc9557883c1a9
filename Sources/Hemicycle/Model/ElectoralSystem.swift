/// How an election turns votes into seats.
public enum ElectoralSystem: Sendable {
    /// The two-round majority rule, per constituency.
    case twoRound(TwoRoundRule)
    /// One round of votes and an allocation rule, per constituency or nationally, with
    /// thresholds and tiers.
    case singleRound(SingleRoundSystem)

    /// The two-round rule, if this is one.
    public var twoRoundRule: TwoRoundRule? {
        if case .twoRound(let rule) = self { return rule }
        return nil
    }

    /// A one-line description for reports.
    public var summary: String {
        switch self {
        case .twoRound(let rule): return rule.description
        case .singleRound(let system): return system.description
        }
    }
}

/// A single-round system: an ``AllocationRule`` applied per constituency or to national totals,
/// with an optional threshold, national leveling tier or mixed-member tier.
///
/// The votes it allocates are each constituency's round-1 votes (observed, or modelled as the
/// two-round engine models them), so that several rules can be compared on the same votes.
public struct SingleRoundSystem: Sendable, CustomStringConvertible {
    /// Where seats are allocated.
    public enum Scope: String, Sendable, Hashable {
        /// In each constituency, its own seats.
        case district
        /// Every contested seat at once, on national totals.
        case national
    }

    /// A threshold and where it is measured.
    public struct ThresholdSetting: Sendable, Hashable, CustomStringConvertible {
        /// The shares to reach (by list kind) and any alternative condition.
        public var threshold: Threshold
        /// What the shares are of.
        public var base: VoteBase
        /// Measured in each constituency or nationally.
        public var scope: Scope

        /// Creates a threshold setting.
        public init(threshold: Threshold, base: VoteBase, scope: Scope) {
            self.threshold = threshold
            self.base = base
            self.scope = scope
        }

        /// E.g. "threshold at least 5% of valid votes nationally (coalitions of 2+: at least 7%)".
        public var description: String {
            var text = "threshold \(Self.percent(threshold.voteThreshold(for: .party))) of \(TwoRoundRule.name(base))"
            text += scope == .national ? " nationally" : " in each constituency"
            let coalitions = threshold.levels.filter { $0.minimumParties > 1 }
            if !coalitions.isEmpty {
                text += " (" + coalitions.map { "coalitions of \($0.minimumParties)+: \(Self.percent($0.threshold))" }
                    .joined(separator: ", ") + ")"
            }
            if let seats = threshold.alternativeConstituencySeats {
                text += ", or \(Formatting.count(seats, "constituency seat")) won"
            }
            return text
        }

        static func percent(_ threshold: VoteThreshold) -> String {
            let value = threshold.share.approximateValue * 100
            let digits = abs(value - value.rounded()) < 1e-9 ? 0 : 2
            return (threshold.comparison == .atLeast ? "at least " : "more than ") + Formatting.fixed(value, decimals: digits) + "%"
        }
    }

    /// A national tier of leveling seats placed in constituencies (Norway).
    public struct LevelingSetting: Sendable, Hashable {
        /// Who qualifies, on national list votes.
        public var threshold: VoteThreshold
        /// The rule of the national and county steps.
        public var rule: HighestAverages

        /// Creates a leveling setting.
        public init(threshold: VoteThreshold, rule: HighestAverages) {
            self.threshold = threshold
            self.rule = rule
        }
    }

    /// A mixed-member tier: constituency seats won elsewhere, compensated nationally (New Zealand).
    public struct MixedMemberSetting: Sendable, Hashable {
        /// Electorate seats won by each list (by list index).
        public var electorateSeats: [Int]
        /// Electorate seats won by candidates outside the party vote (independents).
        public var otherElectorateSeats: Int
        /// The rule of the tier (Sainte-Laguë in New Zealand); only highest averages compensate.
        public var rule: HighestAverages

        /// Creates a mixed-member setting.
        public init(electorateSeats: [Int], otherElectorateSeats: Int, rule: HighestAverages) {
            self.electorateSeats = electorateSeats
            self.otherElectorateSeats = otherElectorateSeats
            self.rule = rule
        }
    }

    /// The rule's name as the scenario or the command line gives it (`dhondt`, `hare`…).
    public var name: String
    /// The allocation rule.
    public var rule: any AllocationRule
    /// Where seats are allocated.
    public var scope: Scope
    /// A threshold, if any.
    public var threshold: ThresholdSetting?
    /// A leveling tier, if any.
    public var leveling: LevelingSetting?
    /// A mixed-member tier, if any.
    public var mixedMember: MixedMemberSetting?
    /// A biproportional apportionment, if the system is one (its upper step is Sainte-Laguë,
    /// which ``rule`` then is).
    public var biproportional: BiproportionalApportionment?
    /// How ties are settled.
    public var tieBreak: TieBreak

    /// Creates a system.
    public init(
        name: String, rule: any AllocationRule, scope: Scope = .district, threshold: ThresholdSetting? = nil,
        leveling: LevelingSetting? = nil, mixedMember: MixedMemberSetting? = nil,
        biproportional: BiproportionalApportionment? = nil, tieBreak: TieBreak = .lowestIndex
    ) {
        self.name = name
        self.rule = rule
        self.scope = scope
        self.threshold = threshold
        self.leveling = leveling
        self.mixedMember = mixedMember
        self.biproportional = biproportional
        self.tieBreak = tieBreak
    }

    /// The biproportional system: `apportionment`'s seats over every contested constituency.
    public static func biproportional(_ apportionment: BiproportionalApportionment, tieBreak: TieBreak) -> SingleRoundSystem {
        SingleRoundSystem(
            name: "biproportional", rule: HighestAverages.sainteLague, scope: .district, biproportional: apportionment,
            tieBreak: tieBreak)
    }

    public var description: String {
        if let biproportional { return "\(biproportional); ties by \(tieBreak)" }
        var text = "\(rule)"
        text += scope == .national ? " on national totals" : " in each constituency"
        if let threshold { text += "; \(threshold)" }
        if let leveling {
            text += "; leveling seats (\(leveling.rule)) for lists with \(ThresholdSetting.percent(leveling.threshold)) of the national vote"
        }
        if mixedMember != nil { text += "; mixed-member: list seats top up electorate seats, overhang kept" }
        text += "; ties by \(tieBreak)"
        return text
    }
}

extension ElectoralSystem {
    /// Combinations a reader can misread, one sentence each (empty when there are none): a
    /// threshold measured elsewhere than the seats are allocated. `validate` prints them.
    public var advisories: [String] {
        guard case .singleRound(let system) = self, let threshold = system.threshold else { return [] }
        switch (system.scope, threshold.scope) {
        case (.national, .district):
            return [
                "rule.threshold.scope: the threshold is measured in each constituency, while the seats are "
                    + "allocated on national totals: a list that reaches it in one constituency keeps all its votes"
            ]
        case (.district, .national) where system.mixedMember == nil:
            return [
                "rule.threshold.scope: the threshold is measured on national totals, while the seats are "
                    + "allocated in each constituency"
            ]
        default:
            return []
        }
    }
}

extension SingleRoundSystem {
    /// Why the system's bonus for the leading list cannot apply to `constituencies`, or `nil`: a
    /// bonus larger than the seats it is taken from (the whole assembly on national totals, else
    /// each constituency's seats).
    public func bonusProblem(constituencies: [Constituency]) -> String? {
        guard let bonus = rule as? any LeadingListBonusRule else { return nil }
        switch scope {
        case .national:
            let seats = constituencies.reduce(0) { $0 + ($1.isContested ? $1.seats : 0) }
            let largest = bonus.largestBonus(seats: seats)
            guard largest > seats else { return nil }
            return "the bonus of up to \(largest) seats is larger than the \(seats) seats allocated"
        case .district:
            for constituency in constituencies where constituency.isContested {
                let largest = bonus.largestBonus(seats: constituency.seats)
                if largest > constituency.seats {
                    return "the bonus of up to \(largest) seats is larger than constituency '\(constituency.id)' "
                        + "(\(Formatting.count(constituency.seats, "seat")))"
                }
            }
            return nil
        }
    }
}
