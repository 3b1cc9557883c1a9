/// Draws simulated elections of one scenario, one at a time, on reusable buffers.
///
/// Each worker thread owns one simulator (it is not `Sendable`): its own copy of the compiled
/// contests and every scratch buffer a run needs, so the loop over runs allocates nothing and
/// shares no reference count with another thread. A run draws the national, regional and constituency noise of
/// ``Uncertainty`` and then applies the same contest evaluator as the deterministic run; with
/// no noise it reproduces the deterministic result vote for vote.
public final class ElectionSimulator {
    /// The election being simulated.
    public let election: Election
    /// The noise drawn.
    public let uncertainty: Uncertainty
    let table: ContestTable
    let evaluator: ContestEvaluator
    let listCount: Int
    /// Scratch, in memory owned by ``storage``.
    private let storage: EvaluatorStorage
    /// Per run: national swing by list; by (region, list) pair that stands or boycotts there (in
    /// ``regionalPairLists`` order), the national swing plus the regional one
    /// (``drawNational()``); boycott and list abstentions.
    let nationalSwing: UnsafeMutableBufferPointer<Double>
    let regionalSwing: UnsafeMutableBufferPointer<Double>
    let boycottAbstention: UnsafeMutableBufferPointer<Double>
    let listAbstention: UnsafeMutableBufferPointer<Double>
    /// Fixed: national swing deviation by list, set abstentions.
    let nationalDeviation: UnsafeMutableBufferPointer<Double>
    let setBoycottAbstention: UnsafeMutableBufferPointer<Double>
    let setListAbstention: UnsafeMutableBufferPointer<Double>
    /// Per run: e^−shift of each list's run-off abstention shift (``drawNational()``).
    let listShiftFactor: UnsafeMutablePointer<Double>
    /// Per run: every standard normal the run uses, drawn at its start, where ``noiseLayout`` says.
    let noise: UnsafeMutablePointer<Double>
    let noiseLayout: NoiseLayout
    /// Zeros, one per ballot line or per contest (whichever are more): the constituency noise
    /// of shares and of turnout when there is none.
    let zeros: UnsafeMutablePointer<Double>
    /// Every ballot line of the election (the table's entries, then its boycotters): its place
    /// in ``regionalSwing`` (its region and list pair); and, per run, its swing and its support times the
    /// exponential of its swing and noise (``perturbLines()``).
    let lineCount: Int
    let lineRegional: UnsafeMutablePointer<Int>
    let lineSwing: UnsafeMutablePointer<Double>
    let lineWeight: UnsafeMutablePointer<Double>
    /// Per contest: the set round-1 turnout; per run, that turnout shifted by the run's noise
    /// (before boycotts), and round 2's shift with its factor e^−shift (``shiftTurnouts()``).
    let baseTurnout1: UnsafeMutablePointer<Double>
    let runTurnout1: UnsafeMutablePointer<Double>
    let runShift2: UnsafeMutablePointer<Double>
    let runFactor2: UnsafeMutablePointer<Double>
    /// Whether a round's turnout has noise.
    let turnoutNoise: (Bool, Bool)
    /// Seats per list in the current run.
    let seats: UnsafeMutableBufferPointer<Int>
    /// The list of each (region, list) pair that stands or boycotts in its region (the
    /// regional swings worth drawing), in the order of their keys `region * listCount + list`
    /// (a contest's `regionBase + list`): the order of their noise slots and of ``regionalSwing``.
    let regionalPairLists: [Int]
    /// The scenario's single-round system, when it has one (otherwise the two-round engine decides).
    let primarySingleRound: SingleRoundAllocator?
    /// For a comparison: each rule's allocator, or `nil` for the two-round rule.
    private(set) var comparisonSystems: [SingleRoundAllocator?] = []
    /// Whether a comparison includes the two-round rule (so each run decides the run-offs).
    private(set) var comparesTwoRound = false
    /// One run's round-1 votes per entry and totals per contest.
    var runVotes: [Int]
    var runCounts: [SingleRoundAllocator.Counts]
    /// A single-round allocation's result and memory, reused by every run (and every compared rule).
    var singleRoundOutcome: SingleRoundAllocator.Outcome
    let singleRoundScratch: SingleRoundAllocator.Scratch
    /// Each contest's winning entry in the current run, or −1.
    let runWinners: UnsafeMutableBufferPointer<Int>
    /// The current run's two-way run-offs, counted after its last contest
    /// (``settlePendingRunoffs(_:)``); room for one per contest.
    let pendingRunoffs: UnsafeMutablePointer<TwoWayRunoff>

    /// The noise parameters as plain scalars, read in the hot loop without touching ``uncertainty``.
    let perturbsShares: Bool
    let regionalDeviation: Double
    let constituencyDeviation: Double
    let nationalTurnoutDeviation1: Double
    let nationalTurnoutDeviation2: Double
    let constituencyTurnoutDeviation1: Double
    let constituencyTurnoutDeviation2: Double
    let boycottDeviation: Double
    let transferAbstentionDeviation: Double
    let transferPreferenceDeviation: Double
    /// The Dirichlet concentration of the transfer rows (``Uncertainty/transferConcentration``),
    /// 0 without.
    let transferConcentration: Double
    /// The transfer rows each run draws from their Dirichlets, laid out once (none without a
    /// concentration), and the scratch of ``drawTransferRows(using:)`` for a row's shares.
    let dirichletRows: DirichletRows
    let rowShares: UnsafeMutableBufferPointer<Double>
    /// Whether runs count their run-off fields and withdrawals (``Election/tracksRunoffFields``),
    /// and this run's withdrawals by list.
    let tracksRunoffFields: Bool
    let runWithdrawals: UnsafeMutableBufferPointer<Int>
    let samplesVoters: Bool
    /// Whether, without voter sampling, every run-off has noise (constituency turnout or
    /// transfers) besides the national round-2 turnout shock, which varies by run.
    let runoffsHaveSetNoise: Bool
    let boycottCount: Int
    /// Draws standard normals without reaching for global tables.
    let normal = NormalSampler()
    /// This run's national turnout shifts (logit), in ``storage`` so that reading them in the
    /// loop needs no exclusivity check.
    var turnoutShift1: Double {
        get { shifts[0] }
        set { shifts[0] = newValue }
    }
    var turnoutShift2: Double {
        get { shifts[1] }
        set { shifts[1] = newValue }
    }
    private let shifts: UnsafeMutablePointer<Double>
    var sampled = SampledVoters()
    /// The simulator that ``simulate(_:using:into:)`` runs the second run of each pair in (its
    /// own buffers, this simulator's contest table), made on first use.
    private var partner: ElectionSimulator?

    /// Whether this simulator has run elections in pairs (it made its partner).
    var hasRunInPairs: Bool { partner != nil }

    /// The partner simulator for pairs of runs (see ``simulate(_:using:into:)``).
    func pairPartner() -> ElectionSimulator {
        if let partner { return partner }
        let partner = ElectionSimulator(election: election, uncertainty: uncertainty, table: table)
        // A comparing simulator's partner compares the same rules (the allocators only read).
        partner.comparisonSystems = comparisonSystems
        partner.comparesTwoRound = comparesTwoRound
        self.partner = partner
        return partner
    }

    /// Prepares a simulator for `election` under `uncertainty` (the scenario's, or the defaults).
    public convenience init(election: Election, uncertainty: Uncertainty? = nil) {
        self.init(election: election, uncertainty: uncertainty, table: ContestTable(election: election))
    }

    /// A simulator that reads its contests from `table` (compiled from `election`), which a
    /// partner simulator may share: the table is only read while simulating.
    init(election: Election, uncertainty: Uncertainty?, table: ContestTable) {
        self.election = election
        let noise = uncertainty ?? election.uncertainty ?? .defaults
        self.uncertainty = noise
        perturbsShares = noise.perturbsShares
        regionalDeviation = noise.regionalSwing
        constituencyDeviation = noise.constituencyNoise
        nationalTurnoutDeviation1 = noise.nationalTurnout[0]
        nationalTurnoutDeviation2 = noise.nationalTurnout[1]
        constituencyTurnoutDeviation1 = noise.constituencyTurnout[0]
        constituencyTurnoutDeviation2 = noise.constituencyTurnout[1]
        boycottDeviation = noise.boycottAbstention
        transferAbstentionDeviation = noise.transferAbstention
        transferPreferenceDeviation = noise.transferPreference
        transferConcentration = noise.transferConcentration ?? 0
        dirichletRows = DirichletRows(election: election, table: table, concentration: transferConcentration)
        rowShares = .allocate(capacity: max(2, dirichletRows.longest))
        rowShares.initialize(repeating: 0)
        tracksRunoffFields = election.tracksRunoffFields
        runWithdrawals = .allocate(capacity: max(1, election.lists.count))
        runWithdrawals.initialize(repeating: 0)
        samplesVoters = noise.voterSampling
        runoffsHaveSetNoise =
            !noise.voterSampling
            && (noise.constituencyTurnout[1] != 0 || noise.transferAbstention != 0 || noise.transferPreference != 0
                || noise.transferConcentration != nil)
        boycottCount = election.boycotts.count
        self.table = table
        evaluator = ContestEvaluator(table: table, rule: election.countingRule)
        if case .singleRound(let system) = election.system {
            primarySingleRound = SingleRoundAllocator(system: system, election: election, table: table)
        } else {
            primarySingleRound = nil
        }
        runVotes = Array(repeating: 0, count: table.entries.count)
        runCounts = Array(repeating: .init(), count: table.count)
        let lists = election.lists.count
        singleRoundOutcome = SingleRoundAllocator.Outcome(table: table, lists: lists)
        singleRoundScratch = SingleRoundAllocator.Scratch(table: table, lists: lists)
        listCount = lists
        let boycotts = max(1, election.boycotts.count)
        var pairs = Set<Int>()
        for c in 0..<table.count {
            let contest = table.contestBase + c
            for entry in 0..<contest.pointee.entryCount { pairs.insert(contest.pointee.regionBase + table.entries[contest.pointee.entryStart + entry].list) }
            for index in 0..<contest.pointee.boycotterCount {
                pairs.insert(contest.pointee.regionBase + table.boycotters[contest.pointee.boycotterStart + index].list)
            }
        }
        let regionalPairs = pairs.sorted()
        regionalPairLists = regionalPairs.map { $0 % max(1, election.lists.count) }
        let layout = NoiseLayout(
            uncertainty: noise, listCount: lists, regionalPairs: regionalPairs.count, boycotts: election.boycotts.count,
            preferencePairs: table.preferences.count, entryCount: table.entries.count,
            boycotterCount: table.boycotters.count, contestCount: table.count)
        noiseLayout = layout
        let lines = table.entries.count + table.boycotters.count
        // Zeros stand in for constituency noise, read per ballot line and per contest.
        let zeroCount = max(lines, table.count) + 1
        storage = EvaluatorStorage(
            integers: max(1, lists) + table.count + lines,
            doubles: 4 * lists + max(1, regionalPairs.count) + 2 * boycotts + max(1, layout.count) + zeroCount + 2 + 2 * lines
                + 4 * table.count,
            flags: 1)
        var offset = 0
        let doubles = storage.doubles
        func slice(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            defer { offset += count }
            return UnsafeMutableBufferPointer(rebasing: doubles[offset..<(offset + count)])
        }
        nationalSwing = slice(lists)
        regionalSwing = slice(max(1, regionalPairs.count))
        // The evaluator reads the run-off abstentions from its own buffer (filled with the
        // scenario's rates); a run with abstention noise writes them there.
        listAbstention = UnsafeMutableBufferPointer(start: evaluator.listAbstention, count: lists)
        nationalDeviation = slice(lists)
        setListAbstention = slice(lists)
        listShiftFactor = slice(lists).baseAddress.unsafelyUnwrapped
        boycottAbstention = slice(boycotts)
        setBoycottAbstention = slice(boycotts)
        self.noise = slice(max(1, layout.count)).baseAddress.unsafelyUnwrapped
        zeros = slice(zeroCount).baseAddress.unsafelyUnwrapped
        shifts = slice(2).baseAddress.unsafelyUnwrapped
        lineCount = lines
        lineSwing = slice(lines).baseAddress.unsafelyUnwrapped
        lineWeight = slice(lines).baseAddress.unsafelyUnwrapped
        baseTurnout1 = slice(table.count).baseAddress.unsafelyUnwrapped
        runTurnout1 = slice(table.count).baseAddress.unsafelyUnwrapped
        runShift2 = slice(table.count).baseAddress.unsafelyUnwrapped
        runFactor2 = slice(table.count).baseAddress.unsafelyUnwrapped
        turnoutNoise = (
            noise.nationalTurnout[0] > 0 || noise.constituencyTurnout[0] > 0,
            noise.nationalTurnout[1] > 0 || noise.constituencyTurnout[1] > 0
        )
        for c in 0..<table.count {
            baseTurnout1[c] = table.contests[c].turnout1
            runTurnout1[c] = table.contests[c].turnout1
            runFactor2[c] = 1
        }
        seats = UnsafeMutableBufferPointer(rebasing: storage.integers[0..<max(1, lists)])
        runWinners = UnsafeMutableBufferPointer(rebasing: storage.integers[max(1, lists)..<(max(1, lists) + table.count)])
        runWinners.update(repeating: -1)
        pendingRunoffs = .allocate(capacity: max(1, table.count))
        pendingRunoffs.initialize(
            repeating: TwoWayRunoff(
                contest: 0, weights: (0, 0), finalists: (0, 0), finalistVotes1: (0, 0), listVotes1: 0, voters1: 0),
            count: max(1, table.count))
        lineRegional = storage.integers.baseAddress.unsafelyUnwrapped + max(1, lists) + table.count
        var pairIndex: [Int: Int] = [:]
        pairIndex.reserveCapacity(regionalPairs.count)
        for (index, pair) in regionalPairs.enumerated() { pairIndex[pair] = index }
        for c in 0..<table.count {
            let contest = table.contestBase + c
            for entry in 0..<contest.pointee.entryCount {
                let line = contest.pointee.entryStart + entry
                lineRegional[line] = pairIndex[contest.pointee.regionBase + table.entries[line].list] ?? 0
            }
            for index in 0..<contest.pointee.boycotterCount {
                let boycotter = contest.pointee.boycotterStart + index
                let line = table.entries.count + boycotter
                lineRegional[line] = pairIndex[contest.pointee.regionBase + table.boycotters[boycotter].list] ?? 0
            }
        }
        for list in 0..<lists {
            nationalDeviation[list] = noise.nationalSwing(list: list)
            setListAbstention[list] = election.transfers.abstention[list]
        }
        for (index, boycott) in election.boycotts.enumerated() {
            setBoycottAbstention[index] = boycott.abstention
            boycottAbstention[index] = boycott.abstention
        }
    }

    deinit {
        pendingRunoffs.deallocate()
        rowShares.deallocate()
        runWithdrawals.deallocate()
    }

    /// Prepares a simulator that runs every rule of `systems` on each run's votes.
    ///
    /// A two-round system in `systems` must carry the election's own two-round rule (Mali's
    /// when the election has none), as ``RuleChoice`` gives it: every run counts its
    /// constituencies once, with that rule, for every compared system.
    public convenience init(election: Election, uncertainty: Uncertainty? = nil, comparing systems: [ElectoralSystem]) {
        for system in systems {
            if case .twoRound(let rule) = system {
                precondition(rule == election.countingRule, "a compared two-round rule is the election's counting rule")
            }
        }
        self.init(election: election, uncertainty: uncertainty)
        comparisonSystems = systems.map { system in
            guard case .singleRound(let single) = system else { return nil }
            return SingleRoundAllocator(system: single, election: election, table: table)
        }
        comparesTwoRound = comparisonSystems.contains { $0 == nil }
    }

    /// An empty tally shaped for this election.
    public func makeTally() -> SimulationTally {
        SimulationTally(
            listCount: listCount, maximumSeats: election.assembly.size + election.possibleOverhang,
            entryCounts: (0..<table.count).map { table.contests[$0].entryCount }, blocLists: election.blocs.map(\.lists),
            tracksRunoffFields: tracksRunoffFields)
    }

    // MARK: One run

    /// Draws one simulated election and counts it in `tally`.
    public func simulate(using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        let run = runContests(using: &rng, twoRound: primarySingleRound == nil, storeVotes: primarySingleRound != nil)
        record(run, into: &tally)
    }

    /// Draws `count` simulated elections in a row and counts them in `tally`: the same draws and
    /// the same tally as `count` calls of ``simulate(using:into:)``, faster.
    ///
    /// Runs go two at a time where the model allows (no voter sampling, which draws inside the
    /// contests): both runs draw their noise, in order, from `rng`, then go through the
    /// contests side by side, their round-1 vote splits computed together
    /// (``VoteCounting/apportionPair(totals:count:first:second:remainders:)``), and are counted
    /// in order. The second run of each pair works in a partner simulator with buffers of its
    /// own, which reads this simulator's contest table.
    public func simulate(_ count: Int, using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        inPairs(
            count, pair: { simulatePair($0, using: &rng, into: &tally) }, single: { simulate(using: &rng, into: &tally) })
    }

    /// `count` runs: `pair` for each two where the model allows runs in pairs (no voter
    /// sampling), `single` for the rest.
    @inline(__always)
    private func inPairs(_ count: Int, pair: (ElectionSimulator) -> Void, single: () -> Void) {
        var remaining = count
        if remaining >= 2 && !samplesVoters {
            let partner = pairPartner()
            while remaining >= 2 {
                pair(partner)
                remaining -= 2
            }
        }
        for _ in 0..<remaining { single() }
    }

    /// Counts a run's contests (from ``runContests(using:twoRound:storeVotes:)``) in `tally`,
    /// allocating its seats first under a single-round system.
    func record(_ run: RunSummary, into tally: inout SimulationTally) {
        if let allocator = primarySingleRound {
            allocator.allocate(votes: runVotes, counts: runCounts, into: &singleRoundOutcome, scratch: singleRoundScratch)
            let outcome = singleRoundOutcome  // shares the arrays' storage: no copy
            for list in 0..<listCount { seats[list] = outcome.listSeats[list] }
            for c in 0..<table.count {
                let contest = table.contestBase + c
                for entry in 0..<contest.pointee.entryCount where outcome.entrySeats[contest.pointee.entryStart + entry] > 0 {
                    tally.recordWin(contest: c, entry: entry)
                }
            }
        } else {
            for c in 0..<table.count where runWinners[c] >= 0 { tally.recordWin(contest: c, entry: runWinners[c]) }
        }
        #if HEMICYCLE_INTERNAL_CHECKS
            // Debug builds check every simulated election: seats fill the contested seats (two
            // rounds), voters never exceed the register, shares stay in [0, 1].
            if primarySingleRound == nil {
                precondition(
                    (0..<listCount).reduce(0) { $0 + seats[$1] } == election.contestedSeats, "simulated seats add up")
            }
            precondition(run.voters1 <= run.registered1 && run.voters2 <= run.registered2, "voters within the register")
        #endif
        tally.record(
            seats: seats, settled: run.settled, reversals: run.reversals, tie: run.tie,
            turnout1: Self.partsPerBillion(run.voters1, run.registered1),
            turnout2: Self.partsPerBillion(run.voters2, run.registered2), hadRunoff: run.hadRunoff)
        if tracksRunoffFields {
            tally.recordFields(run.fields, withdrawals: run.withdrawals, byList: UnsafeBufferPointer(runWithdrawals))
        }
    }

    /// Draws one simulated election and counts every compared rule's seats on its votes in `comparison`.
    public func simulate(using rng: inout Xoshiro256StarStar, into comparison: inout ComparisonTally) {
        _ = runContests(using: &rng, twoRound: comparesTwoRound, storeVotes: true)
        recordComparison(into: &comparison)
    }

    /// Draws `count` simulated elections in a row and counts every compared rule's seats on
    /// each in `comparison`: the same draws and the same tally as `count` calls of
    /// `simulate(using:into:)` with a comparison tally, two runs at a time where the model
    /// allows, as for a simulation tally.
    public func simulate(_ count: Int, using rng: inout Xoshiro256StarStar, into comparison: inout ComparisonTally) {
        inPairs(
            count, pair: { simulatePair($0, using: &rng, into: &comparison) },
            single: { simulate(using: &rng, into: &comparison) })
    }

    /// Counts every compared rule's seats on this run's votes (from
    /// ``runContests(using:twoRound:storeVotes:)``) in `comparison`.
    func recordComparison(into comparison: inout ComparisonTally) {
        for (index, allocator) in comparisonSystems.enumerated() {
            if let allocator {
                allocator.allocate(votes: runVotes, counts: runCounts, into: &singleRoundOutcome, scratch: singleRoundScratch)
                comparison.record(rule: index, seats: singleRoundOutcome.listSeats)
            } else {
                comparison.record(rule: index, seats: seats)
            }
        }
        comparison.finishRun()
    }

    static func partsPerBillion(_ part: Int, _ whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        let product = part.multipliedFullWidth(by: 1_000_000_000)
        return whole.dividingFullWidth(product).quotient
    }

}

/// Ballots drawn by voter sampling.
struct SampledVoters: Sendable {
    var voters = 0
    var invalid = 0
    var blank = 0
}
