/// What a share of votes is a share of.
public enum VoteBase: String, Sendable, Hashable, Codable, CaseIterable {
    /// All ballots: valid, blank and spoilt.
    case cast
    /// Votes for an entry (the French "suffrages exprimés": neither blank nor spoilt).
    case valid
    /// Votes for an entry plus blank ballots (Spain's threshold base).
    case validWithBlank = "valid-with-blank"
    /// Registered voters.
    case registered

    /// This base in a round with `voters` ballots cast, `listVotes` votes for entries, `blank`
    /// blank ballots and `registered` voters.
    @inline(__always)
    func amount(voters: Int, listVotes: Int, blank: Int, registered: Int) -> Int {
        switch self {
        case .cast: voters
        case .valid: listVotes
        case .validWithBlank: listVotes + blank
        case .registered: registered
        }
    }
}

/// The two-round majority rule, for lists in multi-member constituencies or candidates in single-member ones.
///
/// Round 1: the leading entry wins every seat of the constituency if its votes are more than
/// ``majority`` of ``majorityBase`` and, when ``registeredMinimum`` is set, at least that share of
/// the registered voters. Otherwise the entries that ``qualification`` admits meet in round 2,
/// where the most votes take every seat.
///
/// - Mali, 1992–: absolute majority of the votes cast; top two in the run-off
///   (Loi électorale, ACE case study by R. Vengroff).
/// - France: more than half of the valid votes and at least a quarter of the registered voters;
///   run-off open to those with 12.5% of the registered, and at least two
///   (Code électoral, art. L126 and L162).
public struct TwoRoundRule: Sendable, Hashable, Codable {
    /// What a share is a share of.
    public typealias Base = VoteBase

    /// Who meets in round 2.
    public enum Qualification: Sendable, Hashable, Codable {
        /// The two entries with the most round-1 votes.
        case topTwo
        /// Every entry with at least `share` of `base`; when fewer than `minimum` do, the best
        /// placed of the others join until there are `minimum`.
        case threshold(share: Proportion, base: Base, minimum: Int)
    }

    /// How equal votes are settled, wherever two entries tie for a place that matters.
    public enum TieRule: Sendable, Hashable, Codable {
        /// A lot, drawn reproducibly from this seed, the constituency and the round.
        case lot(seed: UInt64)
        /// The entry that comes first in the scenario's list order.
        case listOrder
    }

    /// The share of ``majorityBase`` that must be exceeded to win in round 1.
    public var majority: Proportion
    /// What the majority is a share of.
    public var majorityBase: Base
    /// The share of registered voters that must also be reached in round 1, if any.
    public var registeredMinimum: Proportion?
    /// Who meets in round 2.
    public var qualification: Qualification
    /// How ties are settled.
    public var tieRule: TieRule

    /// The absolute-majority rule: more than half of the votes cast wins in round 1, otherwise
    /// the top two meet in the run-off; ties by lot (seed 0). Mali's since 1992, and the
    /// default of a scenario's `rule` block, which overrides what differs.
    public static let absoluteMajority = TwoRoundRule(
        majority: .half, majorityBase: .cast, registeredMinimum: nil, qualification: .topTwo, tieRule: .lot(seed: 0))

    /// Creates a rule.
    public init(
        majority: Proportion, majorityBase: Base, registeredMinimum: Proportion?,
        qualification: Qualification, tieRule: TieRule
    ) {
        self.majority = majority
        self.majorityBase = majorityBase
        self.registeredMinimum = registeredMinimum
        self.qualification = qualification
        self.tieRule = tieRule
    }
}

extension TwoRoundRule: CustomStringConvertible {
    /// The rule in one line, e.g. "two-round majority: round 1 to more than 50% of votes cast; top two in round 2".
    public var description: String {
        var text = "two-round majority: round 1 to more than \(Formatting.percent(majority.doubleValue, decimals: 1))"
        text += " of \(Self.name(majorityBase))"
        if let minimum = registeredMinimum {
            text += " and at least \(Formatting.percent(minimum.doubleValue, decimals: 1)) of registered voters"
        }
        switch qualification {
        case .topTwo:
            text += "; top two in round 2"
        case .threshold(let share, let base, let minimum):
            text += "; round 2 open to \(Formatting.percent(share.doubleValue, decimals: 1)) of \(Self.name(base))"
            text += " (at least \(minimum))"
        }
        switch tieRule {
        case .listOrder: text += "; ties by list order"
        case .lot(let seed): text += "; ties by lot (seed \(seed))"
        }
        return text
    }

    static func name(_ base: Base) -> String {
        switch base {
        case .cast: return "votes cast"
        case .valid: return "valid votes"
        case .validWithBlank: return "valid and blank votes"
        case .registered: return "registered voters"
        }
    }
}
