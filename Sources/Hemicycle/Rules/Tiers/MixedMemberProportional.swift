/// Mixed-member proportional representation with overhang seats kept, as in New Zealand.
///
/// Electorate (constituency) seats are won by plurality in single-member districts; the party
/// vote then decides each party's share of the whole house, and list seats make up the difference
/// (Electoral Act 1993 (NZ) s 191):
/// 1. Parties pass the threshold with 5 % of the party vote or at least one electorate seat
///    (compute the flags with ``Threshold``).
/// 2. The seats to share, 120 minus electorate seats won by independents and by candidates of
///    parties that do not take part, are allocated among the qualifying parties by Sainte-Laguë
///    on party votes.
/// 3. List seats = share − electorate seats won, when positive.
/// 4. A party that won more electorates than its share keeps them all (an overhang); the house
///    grows by the difference and the other parties keep their shares.
///
/// Electorate seats of parties that do not qualify are treated like those of independents:
/// they are kept and taken out of the seats to share. In New Zealand such parties cannot exist,
/// since one electorate seat qualifies.
///
/// ```swift
/// let result = MixedMemberProportional.newZealand.allocate(
///     partyVotes: votes, electorateSeats: electorates, eligible: eligible)
/// result.houseSize  // 121 in 2014: United Future's electorate is an overhang seat
/// ```
public struct MixedMemberProportional: Sendable, Hashable {
    /// The nominal size of the house (120 in New Zealand).
    public let seats: Int
    /// The rule sharing the seats by party vote (Sainte-Laguë in New Zealand).
    public let rule: HighestAverages

    /// Creates the system.
    ///
    /// - Parameters:
    ///   - seats: The nominal size of the house.
    ///   - rule: The proportional rule; Sainte-Laguë by default.
    public init(seats: Int, rule: HighestAverages = .sainteLague) {
        self.seats = seats
        self.rule = rule
    }

    /// The New Zealand House of Representatives: 120 seats, Sainte-Laguë (Electoral Act 1993 s 191).
    public static let newZealand = MixedMemberProportional(seats: 120)

    /// Shares the house by party vote and derives list seats and overhang.
    ///
    /// - Parameters:
    ///   - partyVotes: Party votes per party.
    ///   - electorateSeats: Electorate seats won per party (missing entries count as 0).
    ///   - eligible: Whether each party passed the threshold (missing entries count as `false`).
    ///   - otherElectorateSeats: Electorate seats won by independents or by parties outside the
    ///     party vote; taken out of the seats to share.
    ///   - tieBreak: How exact ties in the proportional allocation are settled.
    /// - Returns: Shares, list seats, overhang and the size of the house.
    public func allocate(
        partyVotes: [Int],
        electorateSeats: [Int],
        eligible: [Bool],
        otherElectorateSeats: Int = 0,
        tieBreak: TieBreak = .lowestIndex
    ) -> MixedMemberAllocation {
        let parties = partyVotes.indices
        let electorates = parties.map { $0 < electorateSeats.count ? Swift.max(electorateSeats[$0], 0) : 0 }
        let qualifies = parties.map { $0 < eligible.count && eligible[$0] }
        let outside = parties.filter { !qualifies[$0] }.reduce(Swift.max(otherElectorateSeats, 0)) {
            $0 + electorates[$1]
        }
        let shared = Swift.max(seats - outside, 0)
        let votes = parties.map { qualifies[$0] ? partyVotes[$0] : 0 }
        let share = rule.allocate(seats: shared, votes: votes, tieBreak: tieBreak)
        let listSeats = parties.map { Swift.max(share.seats[$0] - electorates[$0], 0) }
        let total = parties.map { Swift.max(share.seats[$0], electorates[$0]) }
        // Only a qualifying party's electorates beyond its share enlarge the House: those of a
        // party that does not qualify were taken out of the seats to share, like independents'.
        let overhang = parties.map { qualifies[$0] ? Swift.max(electorates[$0] - share.seats[$0], 0) : 0 }
        return MixedMemberAllocation(
            seatsShared: shared,
            shares: share.seats,
            listSeats: listSeats,
            seats: total,
            overhang: overhang,
            houseSize: total.reduce(0, +) + Swift.max(otherElectorateSeats, 0),
            ties: share.ties
        )
    }
}
