/// The `rule` block.
public struct RuleSpec: Decodable, Sendable {
    /// The rule's name: `two-round`.
    public var method: String?
    /// Round-1 conditions.
    public var firstRound: FirstRoundSpec?
    /// Who meets in round 2.
    public var runoff: RunoffSpec?
    /// How ties are settled.
    public var tieBreak: TieBreakSpec?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case method, firstRound, runoff, tieBreak, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        method = reader.read(.method)
        firstRound = reader.read(.firstRound)
        runoff = reader.read(.runoff)
        tieBreak = reader.read(.tieBreak)
        provenance = reader.read(.provenance)
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
    /// `lot` (default) or `list-order`.
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
    /// Rows by list id.
    public var from: [String: TransferRowSpec]?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case defaultAbstention, from, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        defaultAbstention = reader.read(.defaultAbstention)
        from = reader.read(.from)
        provenance = reader.read(.provenance)
    }
}

/// One row of `transfers.from`: what a list's voters do when their list is out.
public struct TransferRowSpec: Decodable, Sendable {
    /// The share who abstain.
    public var abstain: Double?
    /// The shares who vote for each other list; with `abstain` they sum to one.
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
