/// One constituency of the checked model: who stands, how many seats, and the votes or the model of them.
public struct Constituency: Sendable, Hashable {
    /// The scenario's identifier.
    public var id: String
    /// The name printed in tables.
    public var name: String
    /// Index into ``Election/regions``.
    public var regionIndex: Int
    /// Seats elected here (the magnitude), leveling seats included.
    public var seats: Int
    /// Of ``seats``, how many are leveling seats filled by a national tier.
    public var levelingSeats: Int = 0
    /// Registered voters.
    public var registered: Int
    /// Whether an election is held; an uncontested constituency's seats stay vacant.
    public var isContested: Bool
    /// Why the seats stay vacant, for an uncontested constituency.
    public var vacancyReason: String?
    /// The ballot: lists (or candidates) that stand, in the scenario's list order.
    public var entries: [Entry]
    /// Supporters of boycotting lists, who have no entry on this ballot.
    public var boycotters: [BoycottSupport]
    /// The first round's votes, observed or modelled.
    public var firstRound: FirstRoundInput
    /// The second round's votes, observed or modelled.
    public var secondRound: SecondRoundInput
    /// Entries (positions in ``entries``) that withdraw from the run-off if they qualify: their
    /// round-1 voters then move by the transfers as an eliminated entry's do.
    public var withdrawn: [Int] = []
    /// A shift of the run-off's turnout on the logit scale, set by a round-2 turnout adjustment
    /// (``Adjustment/turnout(_:)``): the turnout the run-off would have, moved by it. 0: none.
    public var turnout2Shift: Double = 0
    /// Where the constituency's figures come from.
    public var provenance: Provenance

    /// Creates a constituency. Use ``Scenario/validated(file:)`` to build checked ones from a file.
    public init(
        id: String, name: String, regionIndex: Int, seats: Int, registered: Int, isContested: Bool,
        vacancyReason: String?, entries: [Entry], boycotters: [BoycottSupport],
        firstRound: FirstRoundInput, secondRound: SecondRoundInput, provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.regionIndex = regionIndex
        self.seats = seats
        self.registered = registered
        self.isContested = isContested
        self.vacancyReason = vacancyReason
        self.entries = entries
        self.boycotters = boycotters
        self.firstRound = firstRound
        self.secondRound = secondRound
        self.provenance = provenance
    }
}

/// One line of a constituency's ballot: a list, or a named candidate of a list.
public struct Entry: Sendable, Hashable, Codable {
    /// Index into ``Election/lists``.
    public var listIndex: Int
    /// The candidate's name, where entries are candidates rather than lists.
    public var candidate: String?

    /// Creates an entry.
    public init(listIndex: Int, candidate: String? = nil) {
        self.listIndex = listIndex
        self.candidate = candidate
    }
}

/// The supporters, in one constituency, of a list that boycotts the election.
public struct BoycottSupport: Sendable, Hashable {
    /// Index into ``Election/lists`` of the boycotting list.
    public var listIndex: Int
    /// Its share of the constituency's support, as if it had stood.
    public var support: Double
    /// The share of its supporters who abstain.
    public var abstention: Double
    /// How the others vote: weights over the constituency's entries, summing to one.
    public var transfer: [Double]

    /// Creates boycott support.
    public init(listIndex: Int, support: Double, abstention: Double, transfer: [Double]) {
        self.listIndex = listIndex
        self.support = support
        self.abstention = abstention
        self.transfer = transfer
    }

    /// How a boycotting list's voting supporters split over a ballot: its stated preferences
    /// for the entries' lists, or else in proportion to the entries' own `support`.
    public static func transfer(from list: Int, entries: [Entry], support: [Double], transfers: TransferTable?) -> [Double] {
        var weights = entries.map { transfers?.preference(from: list, to: $0.listIndex) ?? 0 }
        if weights.reduce(0, +) <= 0 { weights = support }
        if weights.reduce(0, +) <= 0 { weights = Array(repeating: 1, count: entries.count) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }
}

/// The first round of a constituency: counted votes, or a model that produces them.
public enum FirstRoundInput: Sendable, Hashable {
    /// Official counts.
    case observed(ObservedRound)
    /// Turnout and shares, turned into whole votes by the engine.
    case modelled(ModelledRound)
}

/// The second round of a constituency: counted votes, or a model that produces them.
public enum SecondRoundInput: Sendable, Hashable {
    /// Official counts of the entries that stood in the run-off (zero for the others).
    case observed(ObservedRound)
    /// Turnout (or `nil`: implied by the transfers' abstention) and ballot shares; votes come from transfers.
    case modelled(turnout: Double?, invalidShare: Double, blankShare: Double)
}

/// A round's official counts.
public struct ObservedRound: Sendable, Hashable {
    /// Registered voters for this round.
    public var registered: Int
    /// Ballots cast.
    public var voters: Int
    /// Blank ballots.
    public var blank: Int
    /// Spoilt (null) ballots.
    public var invalid: Int
    /// Votes per entry, parallel to ``Constituency/entries``.
    public var votes: [Int]
    /// Whether each entry stood in this round (all do in round 1; in round 2 only the run-off field).
    public var stood: [Bool]
    /// Round 2: the list each entry stood for when it differs from its round-1 list (a candidate
    /// who changed label between the rounds); empty when none did. A seat won in round 2 counts
    /// for this list.
    public var standsAs: [Int?] = []

    /// Creates observed counts.
    public init(registered: Int, voters: Int, blank: Int, invalid: Int, votes: [Int], stood: [Bool]) {
        self.registered = registered
        self.voters = voters
        self.blank = blank
        self.invalid = invalid
        self.votes = votes
        self.stood = stood
    }
}

/// A round's model: turnout and shares.
public struct ModelledRound: Sendable, Hashable {
    /// The share of registered voters who vote when every list with support stands.
    public var turnout: Double
    /// The share of ballots that are spoilt.
    public var invalidShare: Double
    /// The share of ballots that are blank.
    public var blankShare: Double
    /// Each entry's share of support, parallel to ``Constituency/entries``; with the boycotters' it sums to one.
    public var support: [Double]

    /// Creates a modelled round.
    public init(turnout: Double, invalidShare: Double, blankShare: Double, support: [Double]) {
        self.turnout = turnout
        self.invalidShare = invalidShare
        self.blankShare = blankShare
        self.support = support
    }
}
