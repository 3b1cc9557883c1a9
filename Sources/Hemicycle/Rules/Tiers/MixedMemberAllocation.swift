/// The outcome of ``MixedMemberProportional``.
public struct MixedMemberAllocation: Sendable, Hashable {
    /// The seats shared by party vote (120 minus electorates won outside the qualifying parties).
    public var seatsShared: Int
    /// Each party's proportional share of ``seatsShared``.
    public var shares: [Int]
    /// List seats per party: share minus electorate seats, when positive.
    public var listSeats: [Int]
    /// Seats per party: the larger of its share and its electorate seats.
    public var seats: [Int]
    /// Electorate seats beyond the share, per qualifying party (a party that does not qualify has
    /// none: its electorates are taken out of the seats to share instead).
    public var overhang: [Int]
    /// The size of the house: every party's seats plus other electorate seats (121 in 2014).
    public var houseSize: Int
    /// Ties settled in the proportional allocation.
    public var ties: [Tie]

    /// All overhang seats.
    public var totalOverhang: Int {
        overhang.reduce(0, +)
    }
}
