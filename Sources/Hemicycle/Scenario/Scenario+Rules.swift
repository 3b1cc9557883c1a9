/// The `rule` block.
public struct RuleSpec: Decodable, Sendable {
    /// The rule's name: `two-round`, or an allocation rule of ``RuleCatalog`` (`dhondt`, `hare`…).
    public var method: String?
    /// Two-round: round-1 conditions.
    public var firstRound: FirstRoundSpec?
    /// Two-round: who meets in round 2.
    public var runoff: RunoffSpec?
    /// `modified-sainte-lague`: the first divisor (default 1.4).
    public var firstDivisor: Double?
    /// Largest remainder: `exact` (default), `down`, `half-up` or `up`.
    public var quotaRounding: String?
    /// Single round: `district` (default) or `national`.
    public var scope: String?
    /// Single round: a threshold.
    public var threshold: ThresholdSpec?
    /// Single round: a national leveling tier.
    public var leveling: LevelingSpec?
    /// Single round: a mixed-member tier.
    public var mixedMember: MixedMemberSpec?
    /// `majority-bonus`: its steps.
    public var majorityBonus: MajorityBonusSpec?
    /// `biproportional`: its quorum and voter numbers.
    public var biproportional: BiproportionalSpec?
    /// How ties are settled.
    public var tieBreak: TieBreakSpec?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable {
        case method, firstRound, runoff, firstDivisor, quotaRounding, scope, threshold, leveling, mixedMember, tieBreak
        case majorityBonus, biproportional, provenance
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        method = reader.read(.method)
        firstRound = reader.read(.firstRound)
        runoff = reader.read(.runoff)
        firstDivisor = reader.read(.firstDivisor)
        quotaRounding = reader.read(.quotaRounding)
        scope = reader.read(.scope)
        threshold = reader.read(.threshold)
        leveling = reader.read(.leveling)
        mixedMember = reader.read(.mixedMember)
        majorityBonus = reader.read(.majorityBonus)
        biproportional = reader.read(.biproportional)
        tieBreak = reader.read(.tieBreak)
        provenance = reader.read(.provenance)
    }
}

/// `rule.threshold`: `{"percent": 3, "base": "valid-with-blank", "scope": "district"}`.
public struct ThresholdSpec: Decodable, Sendable {
    /// The share to reach, in percent, for a single party's list.
    public var percent: Double?
    /// `at-least` (default) or `more-than`.
    public var comparison: String?
    /// `valid` (default: votes for lists), `valid-with-blank`, `cast` or `registered`.
    public var base: String?
    /// `district` (default) or `national`.
    public var scope: String?
    /// Higher shares for coalitions: `[{"minimumParties": 2, "percent": 7}, …]`.
    public var coalitions: [CoalitionThresholdSpec]?
    /// A list with at least this many constituency seats passes anyway (New Zealand: 1).
    public var orConstituencySeats: Int?

    enum Key: String, CodingKey, CaseIterable { case percent, comparison, base, scope, coalitions, orConstituencySeats }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        percent = reader.read(.percent)
        comparison = reader.read(.comparison)
        base = reader.read(.base)
        scope = reader.read(.scope)
        coalitions = reader.read(.coalitions)
        orConstituencySeats = reader.read(.orConstituencySeats)
    }
}

/// One entry of `rule.threshold.coalitions`.
public struct CoalitionThresholdSpec: Decodable, Sendable {
    /// Coalitions of at least this many parties…
    public var minimumParties: Int?
    /// …must reach this percentage.
    public var percent: Double?

    enum Key: String, CodingKey, CaseIterable { case minimumParties, percent }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        minimumParties = reader.read(.minimumParties)
        percent = reader.read(.percent)
    }
}

/// `rule.leveling`: a national tier of leveling seats (each constituency's `levelingSeats`).
public struct LevelingSpec: Decodable, Sendable {
    /// Lists need at least this percentage of the national list votes.
    public var percent: Double?
    /// The rule of the tier (default: the district rule).
    public var method: String?
    /// Its first divisor, for `modified-sainte-lague`.
    public var firstDivisor: Double?

    enum Key: String, CodingKey, CaseIterable { case percent, method, firstDivisor }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        percent = reader.read(.percent)
        method = reader.read(.method)
        firstDivisor = reader.read(.firstDivisor)
    }
}

/// `rule.mixedMember`: constituency (electorate) seats won, compensated by national list seats.
public struct MixedMemberSpec: Decodable, Sendable {
    /// Electorate seats won by each list.
    public var electorateSeats: [String: Int]?
    /// Electorate seats won by independents or lists without a party vote.
    public var otherElectorateSeats: Int?

    enum Key: String, CodingKey, CaseIterable { case electorateSeats, otherElectorateSeats }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        electorateSeats = reader.read(.electorateSeats)
        otherElectorateSeats = reader.read(.otherElectorateSeats)
    }
}

/// `rule.firstRound`: the majority that wins every seat in round 1.
public struct FirstRoundSpec: Decodable, Sendable {
    /// The share to exceed (default 0.5).
    public var majority: Double?
    /// What it is a share of: `cast` (default) or `valid`.
    public var of: String?
    /// A share of registered voters that must also be reached.
    public var registeredMinimum: Double?

    enum Key: String, CodingKey, CaseIterable { case majority, of, registeredMinimum }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        majority = reader.read(.majority)
        of = reader.read(.of)
        registeredMinimum = reader.read(.registeredMinimum)
    }
}

/// `rule.runoff`: who qualifies for round 2.
public struct RunoffSpec: Decodable, Sendable {
    /// `top-two` (default) or `threshold`.
    public var qualify: String?
    /// For `threshold`: the share to reach.
    public var share: Double?
    /// For `threshold`: what it is a share of (`registered`, `valid` or `cast`).
    public var of: String?
    /// For `threshold`: the fewest finalists (default 2), filled by the best placed.
    public var minimum: Int?

    enum Key: String, CodingKey, CaseIterable { case qualify, share, of, minimum }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        qualify = reader.read(.qualify)
        share = reader.read(.share)
        of = reader.read(.of)
        minimum = reader.read(.minimum)
    }
}

/// `rule.tieBreak`.
public struct TieBreakSpec: Decodable, Sendable {
    /// `lot` (default), `list-order`, or for single-round rules `more-votes-then-lot` and
    /// `more-votes-then-list-order`.
    public var rule: String?
    /// The lot's seed (default 0).
    public var seed: UInt64?

    enum Key: String, CodingKey, CaseIterable { case rule, seed }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        rule = reader.read(.rule)
        seed = reader.read(.seed)
    }
}

/// The `transfers` block.
public struct TransfersSpec: Decodable, Sendable {
    /// The share of an eliminated list's voters who abstain when the list has no row (default 0.3).
    public var defaultAbstention: Double?
    /// Rows by list or bloc id.
    public var from: [String: TransferRowSpec]?
    /// The row of round 1's non-voters (absent: none is mobilised).
    public var nonVoters: TransferRowSpec?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case defaultAbstention, from, nonVoters, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        defaultAbstention = reader.read(.defaultAbstention)
        from = reader.read(.from)
        nonVoters = reader.read(.nonVoters)
        provenance = reader.read(.provenance)
    }
}

/// One row of `transfers.from`: what a list's voters do when their list is out.
public struct TransferRowSpec: Decodable, Sendable {
    /// The share who abstain.
    public var abstain: Double?
    /// The shares who vote for each other list or bloc; with `abstain` they sum to one.
    public var to: [String: Double]?

    enum Key: String, CodingKey, CaseIterable { case abstain, to }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        abstain = reader.read(.abstain)
        to = reader.read(.to)
    }
}

/// One entry of `boycotts`.
public struct BoycottSpec: Decodable, Sendable {
    /// The boycotting list's id.
    public var list: String?
    /// The share of its supporters who abstain.
    public var abstention: Double?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case list, abstention, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        list = reader.read(.list)
        abstention = reader.read(.abstention)
        provenance = reader.read(.provenance)
    }
}

/// One entry of `turnoutShocks`.
public struct TurnoutShockSpec: Decodable, Sendable {
    /// The region (absent: everywhere).
    public var region: String?
    /// The rounds (default both).
    public var rounds: [Int]?
    /// The factor on turnout.
    public var factor: Double?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case region, rounds, factor, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        region = reader.read(.region)
        rounds = reader.read(.rounds)
        factor = reader.read(.factor)
        provenance = reader.read(.provenance)
    }
}
