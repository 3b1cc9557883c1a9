/// The outcome of a ``LevelingTier``: leveling seats per party and the county of each.
public struct LevelingAllocation: Sendable, Hashable {
    /// Votes per party in the whole country (the sum over counties).
    public var nationalVotes: [Int]
    /// Whether each party reached the national threshold.
    public var eligible: [Bool]
    /// Whether each qualifying party was set aside because its district seats reached its share.
    public var setAside: [Bool]
    /// The seats distributed in the last pass of the national step (162 − 76 = 86 in Norway 2021).
    public var finalSeatsDistributed: Int
    /// Each remaining party's share in the last pass (0 for parties set aside or not qualifying).
    public var shares: [Int]
    /// Leveling seats per party: share minus district seats.
    public var levelingSeats: [Int]
    /// Each leveling seat, in the order the county step awarded it.
    public var placements: [LevelingPlacement]
    /// Ties settled in the last pass of the national step (list indices are parties).
    public var nationalTies: [Tie]
    /// Ties settled in the county step.
    public var placementTies: [LevelingPlacementTie]

    /// Leveling seats per county and party, `[county][party]`.
    ///
    /// - Parameter counties: The number of counties.
    /// - Returns: A `counties × parties` table of leveling seats.
    public func levelingSeatsByCounty(counties: Int) -> [[Int]] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: levelingSeats.count), count: Swift.max(counties, 0))
        for placement in placements where placement.county < table.count {
            table[placement.county][placement.party] += 1
        }
        return table
    }

    /// Leveling seats the county step could not place (a party with seats left but no votes in
    /// any county with room); 0 in any real election.
    public var unplacedSeats: Int {
        levelingSeats.reduce(0, +) - placements.count
    }
}

/// One leveling seat: the party that receives it and the county where it is taken.
public struct LevelingPlacement: Sendable, Hashable, CustomStringConvertible {
    /// The party (index into the parties).
    public var party: Int
    /// The county (index into the counties).
    public var county: Int

    /// Creates a placement.
    ///
    /// - Parameters:
    ///   - party: The party.
    ///   - county: The county.
    public init(party: Int, county: Int) {
        self.party = party
        self.county = county
    }

    /// For example `party 4 in county 0`.
    public var description: String {
        "party \(party) in county \(county)"
    }
}

/// A leveling seat that the county step could only place with the tie rule.
public struct LevelingPlacementTie: Sendable, Hashable {
    /// The ordinal (1-based) of the leveling seat in the county step.
    public var seat: Int
    /// The tied (party, county) pairs, party-major order.
    public var contenders: [LevelingPlacement]
    /// The pair that received the seat.
    public var chosen: LevelingPlacement

    /// Creates a tie record.
    ///
    /// - Parameters:
    ///   - seat: The ordinal of the leveling seat.
    ///   - contenders: The tied pairs.
    ///   - chosen: The pair that received the seat.
    public init(seat: Int, contenders: [LevelingPlacement], chosen: LevelingPlacement) {
        self.seat = seat
        self.contenders = contenders
        self.chosen = chosen
    }
}
