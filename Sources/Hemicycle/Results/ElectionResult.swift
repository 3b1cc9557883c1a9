/// The outcome of a deterministic run: seats by list and by constituency, both rounds' votes.
public struct ElectionResult: Sendable, Hashable, Codable {
    /// The scenario's identifier.
    public var scenarioID: String
    /// The scenario's title.
    public var title: String
    /// Whether the two-round engine produced it (otherwise a single-round system did).
    public var isTwoRound: Bool = true
    /// The nominal size of the assembly.
    public var assemblySize: Int
    /// Seats added by overhang (a mixed-member tier): the house has ``assemblySize`` + this.
    public var overhangSeats: Int = 0
    /// Seats for an absolute majority of the nominal assembly.
    public var majority: Int
    /// Seats left vacant (assembly vacancies and uncontested constituencies).
    public var vacantSeats: Int
    /// Why seats are vacant, one line per cause.
    public var vacancyReasons: [String]
    /// One row per list, in the scenario's order.
    public var lists: [ListResult]
    /// One row per constituency, in the scenario's order.
    public var constituencies: [ConstituencyResult]
    /// National totals of round 1 (contested constituencies).
    public var firstRound: RoundTotals
    /// National totals of round 2 (constituencies that held a run-off).
    public var secondRound: RoundTotals
    /// The adjustments laid over the scenario, as ``Election/adjustments`` describes them.
    public var adjustments: [String] = []
    /// The scenario's blocs with their lists' seats and votes summed (none without blocs).
    public var blocs: [BlocResult] = []

    /// Seats filled.
    public var filledSeats: Int { lists.reduce(0) { $0 + $1.seats } }
    /// The size of the house: the nominal size plus any overhang.
    public var houseSize: Int { assemblySize + overhangSeats }
    /// Contested constituencies.
    public var contestedConstituencies: Int { constituencies.filter { $0.decidedInRound != nil }.count }
    /// Constituencies settled in round 1.
    public var settledInFirstRound: Int { constituencies.filter { $0.decidedInRound == 1 }.count }
    /// Seats filled in round 1.
    public var seatsInFirstRound: Int { lists.reduce(0) { $0 + $1.seatsInFirstRound } }
    /// Run-offs held.
    public var runoffs: Int { constituencies.filter { $0.decidedInRound == 2 }.count }
    /// Run-offs won by an entry that trailed another finalist in round 1.
    public var leadReversals: Int { constituencies.filter(\.leadReversal).count }
    /// Entries qualified by the rule that did not stand in the official run-off.
    public var withdrawals: Int { constituencies.reduce(0) { $0 + $1.entries.filter(\.withdrew).count } }
    /// Run-offs by the number of entries that stood in them (2 for a duel).
    public var runoffFieldSizes: [Int: Int] {
        var sizes: [Int: Int] = [:]
        for row in constituencies where row.decidedInRound == 2 {
            sizes[row.entries.filter { $0.secondRound != nil }.count, default: 0] += 1
        }
        return sizes
    }
    /// Contests where the tie rule decided a winner or a finalist.
    public var tieDecisions: Int { constituencies.filter(\.decidedByTie).count }
    /// Lists with at least one entry on a round-1 ballot.
    public var listsOnBallot: Int { lists.filter { $0.constituenciesContested > 0 }.count }

    /// The row of the list with this id.
    public func list(_ id: String) -> ListResult? { lists.first { $0.id == id } }
}

/// One list's result.
public struct ListResult: Sendable, Hashable, Codable {
    /// The list's id.
    public var id: String
    /// Its short name.
    public var shortName: String
    /// Its full name.
    public var name: String
    /// Its colour, when known.
    public var colour: String?
    /// Seats won.
    public var seats: Int
    /// Seats won in round 1.
    public var seatsInFirstRound: Int
    /// Seats won in round 2.
    public var seatsInSecondRound: Int
    /// Constituencies won.
    public var constituenciesWon: Int
    /// Constituencies where it stood in round 1.
    public var constituenciesContested: Int
    /// Round-1 votes nationwide.
    public var firstRoundVotes: Int
    /// Round-1 votes as a share of all votes for lists nationwide.
    public var firstRoundShare: Double
    /// Round-2 votes nationwide.
    public var secondRoundVotes: Int
    /// Of ``seats``, those from a leveling or list tier (leveling seats; mixed-member list seats).
    public var tierSeats: Int = 0
    /// Of ``seats``, those kept as overhang under a mixed-member tier.
    public var overhang: Int = 0
    /// Whether the list boycotts the election: on no ballot, with no seat, and still reported
    /// (marked) so that tables join with the same election without the boycott.
    public var boycott: Bool = false
}

/// A round's national (or one constituency's) totals.
public struct RoundTotals: Sendable, Hashable, Codable {
    /// Registered voters where the round was held.
    public var registered: Int
    /// Ballots cast.
    public var voters: Int
    /// Blank ballots.
    public var blank: Int
    /// Spoilt ballots.
    public var invalid: Int
    /// Votes for entries.
    public var listVotes: Int

    /// Ballots cast over registered voters (0 when nobody is registered).
    public var turnout: Double { registered > 0 ? Double(voters) / Double(registered) : 0 }

    /// Nothing.
    public static let zero = RoundTotals(registered: 0, voters: 0, blank: 0, invalid: 0, listVotes: 0)

    /// Creates totals.
    public init(registered: Int, voters: Int, blank: Int, invalid: Int, listVotes: Int) {
        self.registered = registered
        self.voters = voters
        self.blank = blank
        self.invalid = invalid
        self.listVotes = listVotes
    }

    static func + (lhs: RoundTotals, rhs: RoundTotals) -> RoundTotals {
        RoundTotals(
            registered: lhs.registered + rhs.registered, voters: lhs.voters + rhs.voters,
            blank: lhs.blank + rhs.blank, invalid: lhs.invalid + rhs.invalid, listVotes: lhs.listVotes + rhs.listVotes)
    }
}

/// One constituency's result.
public struct ConstituencyResult: Sendable, Hashable, Codable {
    /// One entry's votes.
    public struct EntryVotes: Sendable, Hashable, Codable {
        /// The list's id.
        public var list: String
        /// The candidate, if entries are candidates.
        public var candidate: String?
        /// Round-1 votes.
        public var firstRound: Int
        /// Round-2 votes (`nil` if not in the run-off).
        public var secondRound: Int?
        /// Whether it went through to the run-off.
        public var finalist: Bool
        /// Seats won here (the winner's magnitude under two rounds; an allocation's share otherwise).
        public var seats: Int = 0
        /// Of ``seats``, leveling seats placed here by a national tier.
        public var levelingSeats: Int = 0
        /// The list it stood for in the run-off, when not ``list`` (a candidate who changed
        /// label between the rounds); a seat won in round 2 counts for it.
        public var standsAs: String? = nil

        /// Whether the rule qualified it for the run-off and it did not stand in the official one
        /// (a withdrawal).
        public var withdrew: Bool = false

        /// The list its seats count for.
        public var seatList: String { standsAs ?? list }
    }

    /// The constituency's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Its region.
    public var region: String
    /// Its magnitude.
    public var seats: Int
    /// 1 or 2, or `nil` if not contested.
    public var decidedInRound: Int?
    /// The winning list's id.
    public var winner: String?
    /// The winning candidate, if entries are candidates.
    public var winningCandidate: String?
    /// Why the seats are vacant, if not contested.
    public var vacancyReason: String?
    /// Round-1 totals.
    public var firstRound: RoundTotals
    /// Round-2 totals, if a run-off was held.
    public var secondRound: RoundTotals?
    /// Every entry's votes, in ballot order.
    public var entries: [EntryVotes]
    /// Whether the run-off winner trailed another finalist in round 1.
    public var leadReversal: Bool
    /// Whether the tie rule decided the winner, a finalist or a seat.
    public var decidedByTie: Bool
    /// Whether official round-2 counts include an entry the rule did not qualify.
    public var fieldMismatch: Bool

    /// The winner's round-1 share of the votes for entries.
    public var winnerFirstRoundShare: Double? {
        guard let winner, firstRound.listVotes > 0,
            let entry = entries.first(where: { $0.seatList == winner && $0.candidate == winningCandidate })
        else { return nil }
        return Double(entry.firstRound) / Double(firstRound.listVotes)
    }
}

/// A bloc's seats and votes in a result: its lists' summed.
public struct BlocResult: Sendable, Hashable, Codable {
    /// The bloc's id and name.
    public var id: String
    public var name: String
    /// Its lists' ids.
    public var lists: [String]
    /// Seats won, and round-1 votes.
    public var seats: Int
    public var firstRoundVotes: Int
}
