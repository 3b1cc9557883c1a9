/// How the voters of a list that is out of a run-off (eliminated, withdrawn, or boycotting) vote
/// in it, and, when the scenario says so, how round 1's non-voters do.
///
/// For each list: the share of its voters who abstain, and preferences over the other lists.
/// In a run-off the non-abstainers go to the finalists in proportion to their preferences for
/// the finalists (preferences for lists not in the run-off are spread over the finalists the
/// same way); when a list has no preference for any finalist, its voters split in proportion
/// to the finalists' own first-round votes. The abstention is held whoever stands: only the
/// voters who vote are renormalised over the field.
public struct TransferTable: Sendable, Hashable {
    /// The number of lists.
    public let listCount: Int
    /// Abstaining share per list.
    public var abstention: [Double]
    /// The positive preferences each list states: `preferences[from][to]`. Only what the scenario
    /// states is held, so the table grows with the preferences, not with the square of the lists.
    public private(set) var preferences: [[Int: Double]]

    /// A table where every list's voters abstain at `abstention` and split proportionally.
    public init(listCount: Int, defaultAbstention: Double) {
        self.listCount = listCount
        self.abstention = Array(repeating: defaultAbstention, count: listCount)
        self.preferences = Array(repeating: [:], count: listCount)
    }

    /// The preference of voters of list `from` for list `to` (0 unless stated).
    public func preference(from: Int, to: Int) -> Double {
        preferences[from][to] ?? 0
    }

    /// Sets the preference of voters of list `from` for list `to`; 0 removes it.
    public mutating func setPreference(_ share: Double, from: Int, to: Int) {
        if share > 0 {
            preferences[from][to] = share
        } else {
            preferences[from][to] = nil
        }
    }

    /// Whether list `from` states any preference.
    public func hasPreferences(from: Int) -> Bool {
        !preferences[from].isEmpty
    }

    /// The number of (from, to) pairs with a stated preference.
    public var statedPairCount: Int {
        preferences.reduce(0) { $0 + $1.count }
    }

    /// What round 1's non-voters (the registered who cast no valid vote: abstainers, blank and
    /// spoilt ballots) do in a run-off, or `nil`: then none of them is mobilised, and a run-off's
    /// voters follow round 1's as the transfers leave them (the default, and every scenario's
    /// before this row existed).
    public var nonVoters: NonVoterTransfers?
}

/// The row of round 1's non-voters in a ``TransferTable``: the share who stay home again, and
/// preferences among the lists for the others, used like a list's row.
public struct NonVoterTransfers: Sendable, Hashable {
    /// The share who do not vote for a candidate in the run-off either.
    public var abstention: Double
    /// Preferences by list index (only the positive ones).
    public var preferences: [Int: Double]

    /// Creates the row.
    public init(abstention: Double, preferences: [Int: Double]) {
        self.abstention = abstention
        self.preferences = preferences.filter { $0.value > 0 }
    }
}

/// A change of turnout in one region (or everywhere) and round.
public struct TurnoutShock: Sendable, Hashable, Codable {
    /// Index into ``Election/regions``, or `nil` for every region.
    public var regionIndex: Int?
    /// The rounds (1, 2) it applies to.
    public var rounds: [Int]
    /// The factor applied to turnout (clamped to one).
    public var factor: Double

    /// Creates a turnout shock.
    public init(regionIndex: Int?, rounds: [Int], factor: Double) {
        self.regionIndex = regionIndex
        self.rounds = rounds
        self.factor = factor
    }
}

/// A list that fields no candidates anywhere, and what its supporters do.
public struct Boycott: Sendable, Hashable, Codable {
    /// Index into ``Election/lists``.
    public var listIndex: Int
    /// The share of its supporters who abstain; the others vote as its transfers say.
    public var abstention: Double

    /// Creates a boycott.
    public init(listIndex: Int, abstention: Double) {
        self.listIndex = listIndex
        self.abstention = abstention
    }
}
