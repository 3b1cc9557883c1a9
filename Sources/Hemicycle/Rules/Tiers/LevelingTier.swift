/// A national tier of leveling (compensatory) seats, as in the Norwegian Storting.
///
/// District seats are allocated first, county by county. The leveling tier then tops up the
/// parties that the districts under-represented, nationally, and places each leveling seat in a
/// county. The procedure is the one of Valgloven (Lov 28. juni 2002 nr. 57) §§ 11-3 to 11-6 as in
/// force in 2021, with one leveling seat per county:
///
/// **National step.** Parties with at least 4 % of all votes in the country qualify. The seats to
/// distribute are the house size (169) minus the district seats of the parties that do not
/// qualify. They are distributed among the qualifying parties by the modified Sainte-Laguë rule on
/// national votes. A party whose district seats are equal to or more than its share is set aside
/// with its district seats, and the distribution is repeated without it, until no party is set
/// aside. Each remaining party receives its share minus its district seats as leveling seats.
///
/// **County step.** For every party with leveling seats and every county, the party's county
/// votes are divided by 2n + 1, where n is the party's seats in that county (so by 1 where it has
/// none: the first divisor 1.4 is *not* used here), and then by the county's average number of
/// votes per district seat (all votes in the county over its district seats). The highest such
/// number takes a leveling seat; its county is then full (one leveling seat per county) and the
/// party has one leveling seat fewer to place. This repeats until every leveling seat is placed.
/// Where counties have more than one leveling seat, a party's n grows with each seat placed there.
///
/// All comparisons are exact (256-bit cross-multiplication). Ties are settled by the ``TieBreak``,
/// with the pair's county votes as "votes" and party-major order (party, then county) as list order.
///
/// ```swift
/// let result = LevelingTier.norway.allocate(
///     countyVotes: votes,          // [county][party]
///     districtSeats: districtSeats, // [county][party]
///     levelingSeatsPerCounty: Array(repeating: 1, count: 19))
/// result.levelingSeats      // per party: H 1, FRP 4, SV 5, RØDT 4, V 5 in 2021
/// result.placements         // (party, county) for each leveling seat, in the order awarded
/// ```
public struct LevelingTier: Sendable, Hashable {
    /// The size of the house: district seats plus leveling seats (169 in Norway).
    public let totalSeats: Int
    /// The national share a party needs for leveling seats (4 %, at least, in Norway).
    public let threshold: VoteThreshold
    /// The rule of the national step (modified Sainte-Laguë, first divisor 1.4, in Norway).
    public let rule: HighestAverages

    /// Creates a leveling tier.
    ///
    /// - Parameters:
    ///   - totalSeats: The size of the house, district and leveling seats together.
    ///   - threshold: The national share a party needs, of all votes in the country.
    ///   - rule: The rule of the national step.
    public init(totalSeats: Int, threshold: VoteThreshold, rule: HighestAverages) {
        self.totalSeats = totalSeats
        self.threshold = threshold
        self.rule = rule
    }

    /// The Storting as elected in 2021: 169 seats, 4 % threshold, divisors 1.4, 3, 5, ….
    public static let norway = LevelingTier(
        totalSeats: 169,
        threshold: .percent(4),
        rule: .modifiedSainteLague(firstDivisor: Fraction(7, 5))
    )

    /// Allocates the leveling seats to parties and places each in a county.
    ///
    /// Ragged input is read as if padded with zeros.
    ///
    /// - Parameters:
    ///   - countyVotes: Votes per county and party, `[county][party]`, every list included.
    ///   - districtSeats: District seats won per county and party, `[county][party]`.
    ///   - levelingSeatsPerCounty: Leveling seats each county holds (1 each in Norway).
    ///   - tieBreak: How exact ties are settled in both steps.
    /// - Returns: Leveling seats per party and their counties.
    /// - Complexity: O(P · C · L) for P parties, C counties and L leveling seats, plus a few
    ///   national allocations.
    public func allocate(
        countyVotes: [[Int]],
        districtSeats: [[Int]],
        levelingSeatsPerCounty: [Int],
        tieBreak: TieBreak = .lowestIndex
    ) -> LevelingAllocation {
        let table = CountyTable(votes: countyVotes, districtSeats: districtSeats, levelingSeats: levelingSeatsPerCounty)
        var result = nationalStep(table, tieBreak: tieBreak)
        placeInCounties(table, into: &result, tieBreak: tieBreak)
        return result
    }

    private func nationalStep(_ table: CountyTable, tieBreak: TieBreak) -> LevelingAllocation {
        let parties = table.parties
        let nationalVotes = (0..<parties).map { party in table.counties.reduce(0) { $0 + table.votes($1, party) } }
        let districtTotals = (0..<parties).map { party in
            table.counties.reduce(0) { $0 + table.districtSeats($1, party) }
        }
        let base = nationalVotes.reduce(0, +)
        let eligible = nationalVotes.map { threshold.isMet(votes: $0, base: base) }
        var seats = totalSeats - (0..<parties).filter { !eligible[$0] }.reduce(0) { $0 + districtTotals[$1] }
        var active = eligible
        var setAside = [Bool](repeating: false, count: parties)
        var share = Allocation(magnitude: 0, seats: [Int](repeating: 0, count: parties))
        while true {
            let votes = (0..<parties).map { active[$0] ? nationalVotes[$0] : 0 }
            share = rule.allocate(seats: seats, votes: votes, tieBreak: tieBreak)
            let dropped = (0..<parties).filter { active[$0] && districtTotals[$0] >= share.seats[$0] }
            guard !dropped.isEmpty else { break }
            for party in dropped {
                active[party] = false
                setAside[party] = true
                seats -= districtTotals[party]
            }
        }
        let leveling = (0..<parties).map { active[$0] ? share.seats[$0] - districtTotals[$0] : 0 }
        return LevelingAllocation(
            nationalVotes: nationalVotes,
            eligible: eligible,
            setAside: setAside,
            finalSeatsDistributed: Swift.max(seats, 0),
            shares: (0..<parties).map { active[$0] ? share.seats[$0] : 0 },
            levelingSeats: leveling,
            placements: [],
            nationalTies: share.ties,
            placementTies: []
        )
    }
}

/// Votes and seats per county and party, read as zero outside the given rows.
internal struct CountyTable {
    let rows: [[Int]]
    let seatRows: [[Int]]
    let levelingSeats: [Int]
    let parties: Int
    let counties: Range<Int>

    init(votes: [[Int]], districtSeats: [[Int]], levelingSeats: [Int]) {
        rows = votes
        seatRows = districtSeats
        self.levelingSeats = levelingSeats
        parties = (votes + districtSeats).map(\.count).max() ?? 0
        counties = 0..<Swift.max(votes.count, districtSeats.count, levelingSeats.count)
    }

    func votes(_ county: Int, _ party: Int) -> Int {
        county < rows.count && party < rows[county].count ? Swift.max(rows[county][party], 0) : 0
    }

    func districtSeats(_ county: Int, _ party: Int) -> Int {
        county < seatRows.count && party < seatRows[county].count ? Swift.max(seatRows[county][party], 0) : 0
    }

    func leveling(_ county: Int) -> Int {
        county < levelingSeats.count ? Swift.max(levelingSeats[county], 0) : 0
    }
}
