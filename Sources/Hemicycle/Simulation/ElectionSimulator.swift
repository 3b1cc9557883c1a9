#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Draws simulated elections of one scenario, one at a time, on reusable buffers.
///
/// Each worker thread owns one simulator: it holds the compiled contests and every scratch
/// buffer a run needs, so the loop over runs allocates nothing. A run draws the national,
/// regional and constituency noise of ``Uncertainty`` and then applies the same two-round engine
/// as the deterministic run (``ContestEvaluator``); with no noise, it reproduces it exactly.
public struct ElectionSimulator: Sendable {
    let engine: TwoRoundEngine
    let uncertainty: Uncertainty
    let listCount: Int
    let regionCount: Int
    /// National swing standard deviation per list.
    let nationalDeviation: [Double]
    /// Index into ``Election/boycotts`` of each contest's boycotters, flattened.
    let boycottSlots: [[Int]]
    /// List pairs with a preference, for transfer noise.
    let preferencePairs: [Int]
    /// Each boycott's set abstention, and each list's set run-off abstention.
    let setBoycottAbstention: [Double]
    let setListAbstention: [Double]

    var evaluator: ContestEvaluator
    var nationalSwing: [Double]
    var regionalSwing: [Double]
    var boycottAbstention: [Double]
    var listAbstention: [Double]
    var seats: [Int]

    /// Prepares a simulator for `election` under `uncertainty` (the scenario's, or the defaults).
    public init(election: Election, uncertainty: Uncertainty? = nil) {
        engine = TwoRoundEngine(election: election)
        self.uncertainty = uncertainty ?? election.uncertainty ?? .defaults
        listCount = election.lists.count
        regionCount = max(1, election.regions.count)
        nationalDeviation = (0..<election.lists.count).map { (uncertainty ?? election.uncertainty ?? .defaults).nationalSwing(list: $0) }
        boycottSlots = engine.contests.map { contest in
            contest.boycotters.map { boycotter in election.boycotts.firstIndex { $0.listIndex == boycotter.listIndex } ?? 0 }
        }
        var pairs: [Int] = []
        for index in election.transfers.preference.indices where election.transfers.preference[index] > 0 {
            pairs.append(index)
        }
        preferencePairs = pairs
        evaluator = engine.makeEvaluator()
        nationalSwing = Array(repeating: 0, count: listCount)
        regionalSwing = Array(repeating: 0, count: regionCount * listCount)
        boycottAbstention = election.boycotts.map(\.abstention)
        listAbstention = election.transfers.abstention
        setBoycottAbstention = election.boycotts.map(\.abstention)
        setListAbstention = election.transfers.abstention
        seats = Array(repeating: 0, count: listCount)
    }

    /// An empty tally shaped for this election.
    public func makeTally() -> SimulationTally {
        SimulationTally(
            listCount: listCount, maximumSeats: engine.election.assembly.size,
            entryCounts: engine.contests.map(\.entryCount))
    }

    /// The election being simulated.
    public var election: Election { engine.election }

    /// The contested constituencies' indices in ``Election/constituencies``, in tally order.
    public var contestConstituencies: [Int] { engine.contests.map(\.constituency) }

    // MARK: One run

    /// Draws one simulated election and counts it in `tally`.
    public mutating func simulate(using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        drawNational(using: &rng)
        for index in 0..<listCount { seats[index] = 0 }
        var settled = 0
        var reversals = 0
        var tie = false
        var voters1 = 0
        var registered1 = 0
        var voters2 = 0
        var registered2 = 0
        var hadRunoff = false
        for (position, contest) in engine.contests.enumerated() {
            var outcome = ContestOutcome()
            countFirstRound(contest, slots: boycottSlots[position], using: &rng, outcome: &outcome)
            if evaluator.decideFirstRound(contest, outcome: &outcome) {
                countSecondRound(contest, using: &rng, outcome: &outcome)
                hadRunoff = true
                voters2 += outcome.voters2
                registered2 += outcome.registered2
                if outcome.leadReversal { reversals += 1 }
            } else {
                settled += 1
            }
            voters1 += outcome.voters1
            registered1 += outcome.registered1
            if outcome.decidedByTie { tie = true }
            if outcome.winner >= 0 {
                seats[contest.entryLists[outcome.winner]] += contest.seats
                tally.recordWin(contest: position, entry: outcome.winner)
            }
        }
        tally.record(
            seats: seats, settled: settled, reversals: reversals, tie: tie,
            turnout1: Self.partsPerBillion(voters1, registered1), turnout2: Self.partsPerBillion(voters2, registered2),
            hadRunoff: hadRunoff)
    }

    static func partsPerBillion(_ part: Int, _ whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        let product = part.multipliedFullWidth(by: 1_000_000_000)
        return whole.dividingFullWidth(product).quotient
    }

    /// Draws the run's national and regional swings, national turnout shocks, boycott abstention and transfer noise.
    mutating func drawNational(using rng: inout Xoshiro256StarStar) {
        if uncertainty.perturbsShares {
            for list in 0..<listCount {
                let deviation = nationalDeviation[list]
                nationalSwing[list] = deviation > 0 ? deviation * NormalDistribution.standard(using: &rng) : 0
            }
            if uncertainty.regionalSwing > 0 {
                for index in regionalSwing.indices {
                    regionalSwing[index] = uncertainty.regionalSwing * NormalDistribution.standard(using: &rng)
                }
            }
        }
        for round in 0..<2 {
            turnoutShift[round] =
                uncertainty.nationalTurnout[round] > 0
                ? uncertainty.nationalTurnout[round] * NormalDistribution.standard(using: &rng) : 0
        }
        for index in setBoycottAbstention.indices {
            boycottAbstention[index] = Self.shift(
                setBoycottAbstention[index],
                by: uncertainty.boycottAbstention > 0
                    ? uncertainty.boycottAbstention * NormalDistribution.standard(using: &rng) : 0)
        }
        if uncertainty.transferAbstention > 0 {
            for list in 0..<listCount {
                listAbstention[list] = Self.shift(
                    setListAbstention[list],
                    by: uncertainty.transferAbstention * NormalDistribution.standard(using: &rng))
            }
        }
        if uncertainty.transferPreference > 0 {
            for pair in preferencePairs {
                evaluator.preferenceFactor[pair] = exp(
                    uncertainty.transferPreference * NormalDistribution.standard(using: &rng))
            }
        }
    }

    /// `rate` moved by `shift` on the logit scale; exactly `rate` when `shift` is zero.
    @inline(__always)
    static func shift(_ rate: Double, by shift: Double) -> Double {
        guard shift != 0, rate > 0, rate < 1 else { return rate }
        let odds = log(rate / (1 - rate)) + shift
        return 1 / (1 + exp(-odds))
    }

    var turnoutShift: [Double] = [0, 0]
    var sampled = SampledVoters()
}
