/// What one contest produced: the winner, the round, and the figures the tallies need.
struct ContestOutcome: Sendable {
    /// The winning entry (index within the contest), or -1 when nobody stood.
    var winner = -1
    /// 1 or 2.
    var round = 1
    /// Whether the run-off was won by an entry that had fewer round-1 votes than another finalist.
    var leadReversal = false
    /// Whether equal votes, settled by the tie rule, decided who won or who went through.
    var decidedByTie = false
    /// Whether official round-2 counts include an entry the rule did not qualify.
    var fieldMismatch = false
    var registered1 = 0
    var voters1 = 0
    var blank1 = 0
    var invalid1 = 0
    /// Round-1 votes for all entries (set by ``ContestEvaluator/decideFirstRound(_:outcome:)``).
    var listVotes1 = 0
    var registered2 = 0
    var voters2 = 0
    var blank2 = 0
    var invalid2 = 0
}

/// The buffers one evaluator works in, allocated once and freed with it.
final class EvaluatorStorage: @unchecked Sendable {
    // Owned by one evaluator on one thread.
    let integers: UnsafeMutableBufferPointer<Int>
    let doubles: UnsafeMutableBufferPointer<Double>
    let flags: UnsafeMutableBufferPointer<Bool>
    let lanes: UnsafeMutableBufferPointer<SIMD2<Double>>

    init(integers: Int, doubles: Int, flags: Int, lanes: Int = 1) {
        self.integers = .allocate(capacity: integers)
        self.integers.initialize(repeating: 0)
        self.doubles = .allocate(capacity: doubles)
        self.doubles.initialize(repeating: 0)
        self.flags = .allocate(capacity: flags)
        self.flags.initialize(repeating: false)
        self.lanes = .allocate(capacity: lanes)
        self.lanes.initialize(repeating: .zero)
    }

    deinit {
        integers.deallocate()
        doubles.deallocate()
        flags.deallocate()
        lanes.deallocate()
    }
}

/// Counts one constituency's contest through both rounds on reusable buffers: the one home of
/// every step of a contest.
///
/// The same evaluator serves the deterministic run, every Monte Carlo run (one at a time or two
/// together, one per lane) and every rule comparison; they differ only in the inputs they hand
/// it (the scenario's expected values, a run's noisy weights and turnouts, official counts):
/// - round 1 (`FirstRound.swift`): the entries' weights with the boycotters' supporters mixed
///   in, the ballots, the split of the votes, the round-1 decision, the qualification of the
///   finalists and the tie rule;
/// - the run-off (`Runoff.swift`): the transfers of the eliminated entries' voters, the run-off's
///   voters, its count and its decision, for two finalists and for any number.
///
/// It reads the contests from a ``ContestTable`` and works in its own buffers through unsafe
/// pointers: nothing is allocated, copied or reference-counted per contest.
final class ContestEvaluator {
    let rule: TwoRoundRule
    let table: ContestTable
    private let storage: EvaluatorStorage
    /// The first contest record: contests are read in place through it, never copied whole.
    let contestBase: UnsafeMutablePointer<ContestRecord>
    let entries: UnsafeMutableBufferPointer<EntryRecord>
    let preferenceRows: UnsafeMutableBufferPointer<Int>
    let preferenceTargets: UnsafeMutableBufferPointer<Int>
    let preferences: UnsafeMutableBufferPointer<Double>
    let preferenceSlots: UnsafeMutableBufferPointer<Int>
    let directPreferenceLookup: Bool
    let boycotters: UnsafeMutableBufferPointer<BoycotterRecord>
    let boycottTransfers: UnsafeMutableBufferPointer<Double>
    let listCount: Int

    /// Round-1 and round-2 votes per entry of the current contest.
    let votes1: UnsafeMutableBufferPointer<Int>
    let votes2: UnsafeMutableBufferPointer<Int>
    /// Whether each entry is in the run-off.
    let finalist: UnsafeMutableBufferPointer<Bool>
    /// Whether each entry qualified and withdrew from a modelled run-off (then not a ``finalist``).
    let withdrew: UnsafeMutableBufferPointer<Bool>
    /// The finalists' entry indices in ballot order, and how many there are.
    let finalistIndex: UnsafeMutableBufferPointer<Int>
    var finalistCount: Int {
        get { counters[0] }
        set { counters[0] = newValue }
    }
    /// ``finalistCount``'s storage: a stored `var` would cost an exclusivity check per access.
    private let counters: UnsafeMutablePointer<Int>
    /// The finalists' round-2 weights and votes, by position in ``finalistIndex``.
    let finalistWeights: UnsafeMutableBufferPointer<Double>
    let finalistVotes: UnsafeMutableBufferPointer<Int>
    /// Scratch of ``transferWeights(_:)``: an eliminated list's preference for each finalist.
    let finalistPreferences: UnsafeMutableBufferPointer<Double>
    /// Weights for vote splitting.
    let weights: UnsafeMutableBufferPointer<Double>
    /// Scratch of every vote split (``LargestRemainderSplit``): a pair of remainders per entry.
    let splitRemainders: UnsafeMutablePointer<SIMD2<Double>>
    /// Each boycotter's supporters who vote, in the contest's boycotter order (scratch of
    /// ``weighEntries(_:_:renormalise:partner:_:)``).
    let boycottersVoting: UnsafeMutableBufferPointer<Double>
    /// Each list's abstention when out of the run-off: the scenario's, or a simulated run's
    /// (the simulator writes it here).
    let listAbstention: UnsafeMutablePointer<Double>
    /// The transfer preferences, each at its ``ContestTable/preferenceSlots`` place (a lists ×
    /// lists table, or the rows' order), times this run's factor on each: the preferences
    /// themselves unless simulated (the simulator writes the products here, once a run, instead
    /// of the run-offs multiplying them out for every eliminated entry).
    let weightedPreferences: UnsafeMutableBufferPointer<Double>
    /// Whether round 1's non-voters have a row (``ContestTable/nonVoterRow``); if not, none of
    /// them votes in a run-off beyond what the round-1 voters' turnout implies.
    let hasNonVoterRow: Bool
    /// The non-voters' row: abstention, then a preference per list (the scenario's, or a
    /// simulated run's).
    let nonVoterRow: UnsafeMutableBufferPointer<Double>
    /// Whether the scenario models withdrawals by rule (``ContestTable/withdrawalRules``).
    let hasWithdrawalRules: Bool
    /// A simulated run's key for its withdrawal draws (one uniform per contest and entry,
    /// ``withdrawalUniform(contest:entry:)``), or `nil` in the deterministic run, which takes
    /// each rule's likelier outcome.
    var withdrawalKey: UInt64?

    init(table: ContestTable, rule: TwoRoundRule) {
        self.rule = rule
        self.table = table
        contestBase = table.contestBase
        entries = table.entries
        preferenceRows = table.preferenceRows
        preferenceTargets = table.preferenceTargets
        preferences = table.preferences
        preferenceSlots = table.preferenceSlots
        directPreferenceLookup = table.directPreferenceLookup
        boycotters = table.boycotters
        boycottTransfers = table.boycottTransfers
        listCount = table.listCount
        let capacity = table.maximumEntries
        let boycotterCapacity = table.maximumBoycotters
        let pairs = max(1, table.directPreferenceLookup ? listCount * listCount : table.preferences.count)
        storage = EvaluatorStorage(
            integers: 4 * capacity + 1, doubles: 3 * capacity + boycotterCapacity + pairs + max(1, listCount) + listCount + 1,
            flags: 2 * capacity, lanes: capacity)
        let ints = storage.integers
        let doubles = storage.doubles
        votes1 = UnsafeMutableBufferPointer(rebasing: ints[0..<capacity])
        votes2 = UnsafeMutableBufferPointer(rebasing: ints[capacity..<(2 * capacity)])
        finalistIndex = UnsafeMutableBufferPointer(rebasing: ints[(2 * capacity)..<(3 * capacity)])
        finalistVotes = UnsafeMutableBufferPointer(rebasing: ints[(3 * capacity)..<(4 * capacity)])
        counters = ints.baseAddress.unsafelyUnwrapped + 4 * capacity
        finalist = UnsafeMutableBufferPointer(rebasing: storage.flags[0..<capacity])
        withdrew = UnsafeMutableBufferPointer(rebasing: storage.flags[capacity..<(2 * capacity)])
        var offset = 0
        func slice(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            defer { offset += count }
            return UnsafeMutableBufferPointer(rebasing: doubles[offset..<(offset + count)])
        }
        weights = slice(capacity)
        splitRemainders = storage.lanes.baseAddress.unsafelyUnwrapped
        finalistWeights = slice(capacity)
        finalistPreferences = slice(capacity)
        boycottersVoting = slice(boycotterCapacity)
        weightedPreferences = slice(pairs)
        weightedPreferences.update(repeating: 0)
        for index in preferences.indices { weightedPreferences[preferenceSlots[index]] = preferences[index] }
        listAbstention = slice(max(1, listCount)).baseAddress.unsafelyUnwrapped
        for list in 0..<listCount { listAbstention[list] = table.listAbstention[list] }
        hasNonVoterRow = table.nonVoterRow != nil
        hasWithdrawalRules = table.withdrawalRules.count > 0
        nonVoterRow = slice(listCount + 1)
        nonVoterRow.update(repeating: 0)
        if let row = table.nonVoterRow { _ = nonVoterRow.update(fromContentsOf: row) }
    }
}
