/// How a rule chooses between lists that are exactly tied for a seat.
///
/// Every rule detects exact ties (equal quotients, equal remainders, equal votes) with integer
/// arithmetic and hands each contested seat to the list this tie rule prefers. A tie is
/// *decisive* only when more lists share the deciding value than there are seats left at that
/// value; those seats are recorded as ``Tie`` values and counted in the rule's return value. A
/// tie that every tied list survives (two lists tied with two seats still to give) decides
/// nothing and is not recorded.
///
/// The rules:
/// - ``lowestIndex``: the list that comes first in list order wins.
/// - ``moreVotesThenLowestIndex``: more votes first, then list order.
/// - ``moreVotesThenLot(seed:)``: more votes first, then a lot. Norway (Valgloven §§ 11-3 to
///   11-6: "equal quotients: seat to the list with more votes; equal votes: by lot"), Slovakia
///   (Act 180/2014 Z. z. § 66: equal remainders, more votes first, then lot) and Spain (LOREG
///   art. 163.1: larger total vote first; Spain then draws the first lot and alternates later
///   ones, which is not modelled).
/// - ``lot(seed:)``: a lot alone (New Zealand, Electoral Act 1993 s 191).
///
/// The lot is deterministic. For the seat with ordinal `seat` (1-based, in the order the rule
/// awards seats) each contender with identity `index` (its list index) draws the 64-bit key
/// `mix(mix(seed &+ γ &* seat) &+ γ &* (index + 1))`, where `γ = 0x9E3779B97F4A7C15` and `mix` is
/// the SplitMix64 finaliser (Steele, Lea & Flood, 2014). The highest key wins. `mix` is a
/// bijection and `γ` is odd, so two contenders never draw the same key. Use a different seed
/// per district (and per replicate) to make lots independent.
///
/// ```swift
/// let rule = HighestAverages.dHondt
/// let result = rule.allocate(seats: 1, votes: [100, 100], tieBreak: .lot(seed: 42))
/// result.ties.count  // 1: seat 1 was decided by lot between lists 0 and 1
/// ```
public struct TieBreak: Sendable, Hashable, CustomStringConvertible {
    @usableFromInline
    internal enum Storage: Sendable, Hashable {
        case lowestIndex
        case moreVotesThenLowestIndex
        case moreVotesThenLot(seed: UInt64)
        case lot(seed: UInt64)
    }

    @usableFromInline
    internal let storage: Storage

    @usableFromInline
    internal init(storage: Storage) {
        self.storage = storage
    }

    /// The list that comes first in list order wins every tie.
    public static let lowestIndex = TieBreak(storage: .lowestIndex)

    /// The list with more votes wins; between equal votes, the list that comes first wins.
    public static let moreVotesThenLowestIndex = TieBreak(storage: .moreVotesThenLowestIndex)

    /// The list with more votes wins; between equal votes, a seeded lot decides.
    ///
    /// - Parameter seed: The seed of the lot; see the type's discussion for the exact draw.
    /// - Returns: The tie rule.
    public static func moreVotesThenLot(seed: UInt64) -> TieBreak {
        TieBreak(storage: .moreVotesThenLot(seed: seed))
    }

    /// A seeded lot decides every tie, whatever the votes.
    ///
    /// - Parameter seed: The seed of the lot; see the type's discussion for the exact draw.
    /// - Returns: The tie rule.
    public static func lot(seed: UInt64) -> TieBreak {
        TieBreak(storage: .lot(seed: seed))
    }

    /// A short name for reports: "list order", "more votes, then list order", "more votes, then
    /// lot (seed …)" or "lot (seed …)".
    public var description: String {
        switch storage {
        case .lowestIndex: "list order"
        case .moreVotesThenLowestIndex: "more votes, then list order"
        case .moreVotesThenLot(let seed): "more votes, then lot (seed \(seed))"
        case .lot(let seed): "lot (seed \(seed))"
        }
    }

    /// Whether this rule prefers contender `a` to contender `b` for the seat with ordinal `seat`.
    ///
    /// `identity` is the contender's list index (or another stable integer identity); it orders
    /// contenders for the list-order rules and feeds the lot.
    @inline(__always)
    internal func prefers(
        identity a: Int,
        votes votesA: Int,
        over b: Int,
        votes votesB: Int,
        seat: Int
    ) -> Bool {
        switch storage {
        case .lowestIndex:
            return a < b
        case .moreVotesThenLowestIndex:
            return votesA != votesB ? votesA > votesB : a < b
        case .moreVotesThenLot(let seed):
            if votesA != votesB { return votesA > votesB }
            return TieLot.key(seed: seed, seat: seat, identity: a) > TieLot.key(seed: seed, seat: seat, identity: b)
        case .lot(let seed):
            return TieLot.key(seed: seed, seat: seat, identity: a) > TieLot.key(seed: seed, seat: seat, identity: b)
        }
    }

    /// The position, within `contenders[0..<count]`, of the list this rule prefers (or, when
    /// `preferred` is false, the list it likes least, which loses a withdrawn seat).
    internal func choose(
        among contenders: UnsafeMutableBufferPointer<Int>,
        count: Int,
        votes: UnsafeBufferPointer<Int>,
        seat: Int,
        preferred: Bool = true
    ) -> Int {
        var best = 0
        for position in 1..<Swift.max(count, 1) {
            let candidate = contenders[position]
            let incumbent = contenders[best]
            let candidateWins = prefers(
                identity: candidate,
                votes: votes[candidate],
                over: incumbent,
                votes: votes[incumbent],
                seat: seat
            )
            if candidateWins == preferred { best = position }
        }
        return best
    }
}

/// The deterministic lot behind ``TieBreak/lot(seed:)``: a SplitMix64-style mix, private to the
/// rules so it cannot clash with the simulation's random number generator.
internal enum TieLot {
    /// The SplitMix64 increment, 2⁶⁴ / φ rounded to odd.
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The lot key of contender `identity` for seat `seat`; the highest key wins.
    @inline(__always)
    static func key(seed: UInt64, seat: Int, identity: Int) -> UInt64 {
        let perSeat = mix(seed &+ golden &* UInt64(truncatingIfNeeded: seat))
        return mix(perSeat &+ golden &* (UInt64(truncatingIfNeeded: identity) &+ 1))
    }

    /// The SplitMix64 output function (Steele, Lea & Flood, OOPSLA 2014), a bijection on 64 bits.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension TieBreak {
    /// The same rule with its lot (if any) drawn independently for district `index`: the seed
    /// mixed with the index, so that districts' lots are not the same draws.
    public func reseeded(for index: Int) -> TieBreak {
        func reseed(_ seed: UInt64) -> UInt64 {
            TieLot.mix(seed ^ TieLot.mix(UInt64(truncatingIfNeeded: index) &+ 0x9E37_79B9_7F4A_7C15))
        }
        switch storage {
        case .lowestIndex, .moreVotesThenLowestIndex:
            return self
        case .moreVotesThenLot(let seed):
            return .moreVotesThenLot(seed: reseed(seed))
        case .lot(let seed):
            return .lot(seed: reseed(seed))
        }
    }
}
