/// The legal threshold: which lists may take part in an allocation at all.
///
/// A threshold is a pure eligibility filter. It needs context a single district does not have
/// (national totals, the kind of list, constituency seats won elsewhere), so it is applied
/// before a rule runs, by giving ineligible lists zero votes (``removingIneligibleVotes(_:base:kinds:constituencySeats:)``);
/// a rule never gives a seat to a list without votes.
///
/// - A share of a base, "at least" or "more than" (``VoteThreshold``).
/// - By kind of list: Slovakia requires 5 % of a party, 7 % of a coalition of 2 or 3 parties and
///   10 % of a coalition of 4 or more (Act 180/2014 Z. z. § 66):
///   `Threshold(party: .percent(5), coalitions: [(2, .percent(7)), (4, .percent(10))])`.
/// - With an alternative: New Zealand admits a party with 5 % of the party votes *or* at least one
///   electorate seat (Electoral Act 1993 s 191): `Threshold(.percent(5), orConstituencySeats: 1)`.
/// - Per district or nationally: the caller chooses the votes and the base. Spain applies 3 % of
///   each district's valid votes, blank votes included, in each district (LOREG art. 163.1 (a));
///   Norway's leveling seats need 4 % of all votes in the country (Valgloven § 11-7).
///
/// ```swift
/// let slovakia = Threshold(party: .percent(5), coalitions: [(2, .percent(7)), (4, .percent(10))])
/// slovakia.eligibility(votes: [721_166, 200_780], base: 2_881_511, kinds: [.party, .coalition(of: 2)])
/// // [true, false]: 200,780 is 6.97 % of the valid votes, below the coalition's 7 %.
/// ```
public struct Threshold: Sendable, Hashable {
    /// The threshold for lists of at least `minimumParties` member parties.
    public struct Level: Sendable, Hashable {
        /// The smallest number of member parties this level applies to.
        public let minimumParties: Int
        /// The share these lists must reach.
        public let threshold: VoteThreshold
    }

    /// The levels, by increasing `minimumParties`; the first applies to single parties.
    public let levels: [Level]
    /// A list that won at least this many constituency seats passes whatever its votes; `nil`
    /// when there is no such alternative.
    public let alternativeConstituencySeats: Int?

    /// The same threshold for every kind of list.
    ///
    /// - Parameters:
    ///   - threshold: The share every list must reach.
    ///   - orConstituencySeats: If given, a list with at least this many constituency seats
    ///     passes anyway.
    public init(_ threshold: VoteThreshold, orConstituencySeats: Int? = nil) {
        self.init(party: threshold, coalitions: [], orConstituencySeats: orConstituencySeats)
    }

    /// Thresholds that rise with the number of parties in a coalition.
    ///
    /// - Parameters:
    ///   - party: The share a single party must reach.
    ///   - coalitions: For coalitions of at least `minimumParties` parties, the share they must
    ///     reach; the level with the largest `minimumParties` not above a list's count applies.
    ///   - orConstituencySeats: If given, a list with at least this many constituency seats
    ///     passes anyway.
    public init(
        party: VoteThreshold,
        coalitions: [(minimumParties: Int, threshold: VoteThreshold)],
        orConstituencySeats: Int? = nil
    ) {
        let coalitionLevels = coalitions.map {
            Level(minimumParties: Swift.max($0.minimumParties, 2), threshold: $0.threshold)
        }
        levels =
            [Level(minimumParties: 1, threshold: party)]
            + coalitionLevels.sorted { $0.minimumParties < $1.minimumParties }
        alternativeConstituencySeats = orConstituencySeats
    }

    /// No threshold: every list with votes is eligible.
    public static let none = Threshold(.none)

    /// The share a list of this kind must reach.
    ///
    /// - Parameter kind: The kind of list.
    /// - Returns: The threshold of the level with the most member parties not above the list's.
    public func voteThreshold(for kind: ListKind) -> VoteThreshold {
        var result = levels[0].threshold
        for level in levels where level.minimumParties <= kind.memberParties {
            result = level.threshold
        }
        return result
    }

    /// Whether one list is eligible.
    ///
    /// - Parameters:
    ///   - votes: The list's votes.
    ///   - base: The base of the shares (for example all valid votes in the country).
    ///   - kind: The kind of list; a single party by default.
    ///   - constituencySeats: Constituency seats the list won, for the alternative condition.
    /// - Returns: Whether the list may take part in the allocation.
    public func isEligible(votes: Int, base: Int, kind: ListKind = .party, constituencySeats: Int = 0) -> Bool {
        if let seats = alternativeConstituencySeats, constituencySeats >= seats, seats > 0 { return true }
        return voteThreshold(for: kind).isMet(votes: votes, base: base)
    }

    /// Whether each list is eligible.
    ///
    /// - Parameters:
    ///   - votes: Votes per list.
    ///   - base: The base of the shares.
    ///   - kinds: The kind of each list; all single parties when `nil` (missing entries too).
    ///   - constituencySeats: Constituency seats won per list; none when `nil`.
    /// - Returns: One flag per list.
    public func eligibility(votes: [Int], base: Int, kinds: [ListKind]? = nil, constituencySeats: [Int]? = nil)
        -> [Bool]
    {
        votes.indices.map { list in
            isEligible(
                votes: votes[list],
                base: base,
                kind: kinds.flatMap { list < $0.count ? $0[list] : nil } ?? .party,
                constituencySeats: constituencySeats.flatMap { list < $0.count ? $0[list] : nil } ?? 0
            )
        }
    }

    /// The votes with every ineligible list's votes set to zero, ready for an ``AllocationRule``.
    ///
    /// - Parameters:
    ///   - votes: Votes per list.
    ///   - base: The base of the shares.
    ///   - kinds: The kind of each list; all single parties when `nil`.
    ///   - constituencySeats: Constituency seats won per list; none when `nil`.
    /// - Returns: The votes of eligible lists, zero for the others.
    public func removingIneligibleVotes(
        _ votes: [Int],
        base: Int,
        kinds: [ListKind]? = nil,
        constituencySeats: [Int]? = nil
    ) -> [Int] {
        var result = votes
        removeIneligibleVotes(from: &result, base: base, kinds: kinds, constituencySeats: constituencySeats)
        return result
    }

    /// Sets the votes of every ineligible list to zero, in place (no allocation: for the
    /// simulation's hot loop).
    ///
    /// - Parameters:
    ///   - votes: Votes per list, modified in place.
    ///   - base: The base of the shares.
    ///   - kinds: The kind of each list; all single parties when `nil`.
    ///   - constituencySeats: Constituency seats won per list; none when `nil`.
    public func removeIneligibleVotes(
        from votes: inout [Int],
        base: Int,
        kinds: [ListKind]? = nil,
        constituencySeats: [Int]? = nil
    ) {
        for list in votes.indices {
            let kind = kinds.flatMap { list < $0.count ? $0[list] : nil } ?? .party
            let seats = constituencySeats.flatMap { list < $0.count ? $0[list] : nil } ?? 0
            if !isEligible(votes: votes[list], base: base, kind: kind, constituencySeats: seats) {
                votes[list] = 0
            }
        }
    }
}
