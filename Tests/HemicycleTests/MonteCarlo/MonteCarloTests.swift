import Foundation
@testable import Hemicycle
import Testing

@Suite("Monte Carlo", .hangGuard(minutes: 2))
struct MonteCarloTests {
    let election: Election

    init() throws {
        election = try TestScenario.shipped("mali-1992.json")
    }

    @Test func zeroNoiseReproducesTheDeterministicResultExactly() async throws {
        let deterministic = TwoRoundEngine(election: election).run()
        let plan = MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 40, seed: 9)
        let tally = await plan.run(threads: 2)
        let summary = SimulationSummary(tally: tally, majority: election.assembly.majority)
        #expect(tally.runs == 40)
        for (index, list) in deterministic.lists.enumerated() {
            #expect(summary.lists[index].histogram[list.seats] == 40, "\(list.id)")
        }
        let study = SimulationStudy(
            election: election, document: "x", seed: 9, plannedRuns: 40, shard: nil, interrupted: false, tally: tally)
        for (contest, label) in study.contests.enumerated() {
            let winner = try #require(study.winProbabilities(contest: contest).first)
            #expect(winner.entry == label.deterministicWinner)
            #expect(winner.probability == 1)
        }
        #expect(summary.settledInFirstRound[deterministic.settledInFirstRound] == 40)
        #expect(summary.leadReversals[deterministic.leadReversals] == 40)
        // Turnout, in billionths, is the deterministic figure in every run.
        let expected = Double(deterministic.firstRound.voters) / Double(deterministic.firstRound.registered)
        #expect(abs(summary.turnoutMean[0] - expected) < 1e-9)
        #expect(summary.turnoutStandardDeviation[0] == 0)
    }

    /// A simulated run-off keeps only its winner (the finalists' votes are not copied to the
    /// per-entry table a report reads), so its ties are settled by the tie rule directly: with
    /// no noise (or noise that does not move these votes), a run-off tied at 250 to 250 must go
    /// where the deterministic engine sends it, under list order and under lots whose seeds
    /// send it both ways.
    @Test func simulatedTiedRunoffGoesWhereTheDeterministicRunSendsIt() throws {
        var winners: Set<Int> = []
        let rules = [#"{"rule": "list-order"}"#] + (0..<24).map { #"{"rule": "lot", "seed": \#($0)}"# }
        for tieBreak in rules {
            let election = try TestScenario.election(
                TestScenario.single(
                    round1: #"{"turnout": 0.5, "shares": {"A": 0.4, "B": 0.4, "C": 0.2}}"#,
                    rule: #"{"method": "two-round", "tieBreak": \#(tieBreak)}"#))
            let deterministic = try #require(TwoRoundEngine(election: election).run().constituencies.first)
            #expect(deterministic.decidedByTie && deterministic.secondRound != nil)
            let expected = try #require(deterministic.entries.firstIndex { $0.list == deterministic.winner })
            winners.insert(expected)
            // Without noise, and with noise on transfer preferences only: the scenario states no
            // preference, so the votes do not move, but the run-off is no longer quiet and takes
            // the simulator's two-finalist path.
            var preferencesOnly = Uncertainty.zero
            preferencesOnly.transferPreference = 0.5
            for uncertainty in [Uncertainty.zero, preferencesOnly] {
                let simulator = ElectionSimulator(election: election, uncertainty: uncertainty)
                var tally = simulator.makeTally()
                var rng = Xoshiro256StarStar(seed: 5)
                simulator.simulate(3, using: &rng, into: &tally)
                #expect(tally.wins[tally.entryOffsets[0] + expected] == 3, "\(tieBreak), \(uncertainty)")
                #expect(tally.runsWithTies == 3, "\(tieBreak), \(uncertainty)")
                #expect(tally.leadReversals[0] == 3, "\(tieBreak): no reversal between equals")
            }
        }
        // The lots sent the seat to both finalists, so the check above could fail either way.
        #expect(winners.count == 2)
    }

    /// `simulate(_:using:into:)` runs two at a time; it must draw and count exactly what as many
    /// single runs do: under the default noise, with official counts read as they are (no
    /// noise, France), under a single-round rule (votes kept for the allocation), with voter
    /// sampling (never paired), with no boycotter and with five, and with an odd number of runs.
    @Test(arguments: [
        ("mali-1992.json", nil), ("mali-1992.json", Uncertainty.zero), ("mali-1992-dhondt.json", nil),
        ("mali-1992-uncertain.json", nil), ("validation/fr-assemblee-2017.json", Uncertainty.zero),
        ("validation/fr-assemblee-2017.json", nil), ("mali-1997.json", nil), ("mali-1992-no-boycott.json", nil),
    ] as [(String, Uncertainty?)])
    func runsInPairsEqualRunsOneAtATime(scenario: String, uncertainty: Uncertainty?) throws {
        let election = try TestScenario.shipped(scenario)
        let runs = scenario.hasPrefix("validation/") ? 5 : 41
        let single = ElectionSimulator(election: election, uncertainty: uncertainty)
        var singleTally = single.makeTally()
        var singleRandom = Xoshiro256StarStar(seed: 77)
        for _ in 0..<runs { single.simulate(using: &singleRandom, into: &singleTally) }
        let paired = ElectionSimulator(election: election, uncertainty: uncertainty)
        var pairedTally = paired.makeTally()
        var pairedRandom = Xoshiro256StarStar(seed: 77)
        paired.simulate(runs, using: &pairedRandom, into: &pairedTally)
        #expect(pairedTally.runs == runs)
        // Pairs ran (this test would hold trivially if they never did), except with sampling.
        #expect(paired.hasRunInPairs == !(uncertainty ?? election.uncertainty ?? .defaults).voterSampling)
        #expect(pairedTally == singleTally)
        #expect(pairedRandom == singleRandom, "both consumed the same draws")
        // The runs differ from one another, so a pair that mixed its two runs up would show.
        if uncertainty == nil { #expect(singleTally.seatHistogram.filter { $0 > 0 }.count > election.lists.count) }
    }

    /// Transfer preferences looked up in each list's row of stated preferences (as for more
    /// than ``ContestTable/directLookupLists`` lists) give the runs that the lists × lists table
    /// gives, with transfer noise on every stated preference (Mali 1992 states 9 rows).
    @Test func preferenceRowsCountWhatTheTableCounts() throws {
        let uncertainty = Uncertainty.defaults
        #expect(uncertainty.transferPreference > 0 && election.transfers.statedPairCount > 10)
        let table = ElectionSimulator(election: election, uncertainty: uncertainty)
        let rows = ElectionSimulator(
            election: election, uncertainty: uncertainty, table: ContestTable(election: election, directLookupLists: 0))
        #expect(table.table.directPreferenceLookup && !rows.table.directPreferenceLookup)
        var tallies = [table.makeTally(), rows.makeTally()]
        for (index, simulator) in [table, rows].enumerated() {
            var random = Xoshiro256StarStar(seed: 19)
            simulator.simulate(201, using: &random, into: &tallies[index])
        }
        let same = tallies[0] == tallies[1]  // (not inside #expect: it would print both tallies)
        #expect(same)
        #expect(tallies[0].leadReversals[0] < 201, "some run-off was reversed by transfers")
    }

    /// Comparisons run in pairs too: every compared rule must count exactly what runs one at a
    /// time count, with and without the two-round rule among them (a pair then decides the
    /// run-offs of both runs), and with voter sampling (never paired).
    @Test(arguments: ["mali-1992.json", "mali-1992-uncertain.json"])
    func comparedRunsInPairsEqualRunsOneAtATime(scenario: String) throws {
        let election = try TestScenario.shipped(scenario)
        let systems = try RuleChoice.parseList("trs-list,dhondt,hare,sainte-lague", for: election).map(\.system)
        for systems in [systems, Array(systems.dropFirst())] {
            let maximum = election.assembly.size + election.possibleOverhang
            let single = ElectionSimulator(election: election, comparing: systems)
            var singleTally = ComparisonTally(rules: systems.count, lists: election.lists.count, maximumSeats: maximum)
            var singleRandom = Xoshiro256StarStar(seed: 12)
            for _ in 0..<25 { single.simulate(using: &singleRandom, into: &singleTally) }
            let paired = ElectionSimulator(election: election, comparing: systems)
            var pairedTally = ComparisonTally(rules: systems.count, lists: election.lists.count, maximumSeats: maximum)
            var pairedRandom = Xoshiro256StarStar(seed: 12)
            paired.simulate(25, using: &pairedRandom, into: &pairedTally)
            #expect(paired.hasRunInPairs == !(election.uncertainty ?? .defaults).voterSampling, "\(scenario)")
            #expect(pairedTally == singleTally, "\(scenario), \(systems.count) rules")
            #expect(pairedRandom == singleRandom, "\(scenario), \(systems.count) rules")
        }
    }

    /// A run counts its two-way run-offs after its last contest; it must decide every contest
    /// exactly as counting each run-off in its turn does: the same winners, seats, round-2
    /// counts, lead reversals and ties.
    @Test(arguments: ["mali-1992.json", "mali-1997.json", "mali-1992-uncertain.json"])
    func runoffsCountedAfterTheLastContestDecideAsInTurn(scenario: String) throws {
        let election = try TestScenario.shipped(scenario)
        let deferring = ElectionSimulator(election: election)
        let inTurn = ElectionSimulator(election: election)
        var deferringRandom = Xoshiro256StarStar(seed: 43)
        var inTurnRandom = Xoshiro256StarStar(seed: 43)
        var deferred = 0
        for run in 0..<40 {
            let summary = deferring.runContests(using: &deferringRandom, twoRound: true, storeVotes: false)
            inTurn.startRun(using: &inTurnRandom)
            var expected = ElectionSimulator.RunSummary()
            var winners: [Int] = []
            var seats = Array(repeating: 0, count: election.lists.count)
            for c in 0..<inTurn.table.count {
                var outcome = ContestOutcome()
                inTurn.countFirstRound(c, using: &inTurnRandom, outcome: &outcome)
                if inTurn.evaluator.decideFirstRound(c, outcome: &outcome) {
                    if inTurn.defersRunoff { deferred += 1 }
                    inTurn.countSecondRound(c, using: &inTurnRandom, outcome: &outcome)
                    expected.voters2 += outcome.voters2
                    expected.registered2 += outcome.registered2
                    if outcome.leadReversal { expected.reversals += 1 }
                } else {
                    expected.settled += 1
                }
                if outcome.decidedByTie { expected.tie = true }
                winners.append(outcome.winner)
                let contest = inTurn.table.contests[c]
                if outcome.winner >= 0 { seats[inTurn.table.entries[contest.entryStart + outcome.winner].list] += contest.seats }
            }
            let label = "\(scenario) run \(run)"
            #expect(Array(deferring.runWinners) == winners, "\(label)")
            #expect(Array(deferring.seats) == seats, "\(label)")
            #expect(summary.settled == expected.settled, "\(label)")
            #expect(summary.reversals == expected.reversals, "\(label)")
            #expect(summary.tie == expected.tie, "\(label)")
            #expect(summary.voters2 == expected.voters2, "\(label)")
            #expect(summary.registered2 == expected.registered2, "\(label)")
            #expect(summary.pendingRunoffs == 0, "\(label): every pending run-off counted")
        }
        #expect(deferringRandom == inTurnRandom)
        // Every scenario has well over a hundred deferred run-offs in 40 runs (Mali 1997 the fewest).
        #expect(deferred > 100, "\(deferred) run-offs deferred")
    }

    @Test func sameSeedSameBytesOnAnyThreadCount() async throws {
        var outputs: [String] = []
        for threads in [1, 3, 8] {
            let tally = await MonteCarlo(election: election, runs: 2_500, seed: 42).run(threads: threads)
            let study = SimulationStudy(
                election: election, document: "d", seed: 42, plannedRuns: 2_500, shard: nil, interrupted: false, tally: tally)
            outputs.append(study.json().prettyPrinted())
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
        let other = await MonteCarlo(election: election, runs: 2_500, seed: 43).run(threads: 2)
        let otherStudy = SimulationStudy(
            election: election, document: "d", seed: 43, plannedRuns: 2_500, shard: nil, interrupted: false, tally: other)
        #expect(otherStudy.json().prettyPrinted() != outputs[0])
    }

    @Test func fourMergedShardsEqualTheSingleRunByteForByte() async throws {
        let runs = 5_300  // not a multiple of the block size: the last block is short
        let whole = await MonteCarlo(election: election, runs: runs, seed: 7).run(threads: 2)
        let single = SimulationStudy(
            election: election, document: "d", seed: 7, plannedRuns: runs, shard: nil, interrupted: false, tally: whole)
        var shards: [SimulationStudy] = []
        for index in 1...4 {
            let part = await MonteCarlo(election: election, runs: runs, seed: 7, shard: (index, 4)).run(threads: 1)
            let study = SimulationStudy(
                election: election, document: "d", seed: 7, plannedRuns: runs,
                shard: .init(index: index, count: 4), interrupted: false, tally: part)
            // Through the partial result file and back.
            let text = study.fileJSON().prettyPrinted(indent: 1)
            shards.append(try SimulationStudy(file: try JSONParser.parse(Array(text.utf8))))
        }
        let merged = try SimulationStudy.merged(shards.reversed())
        #expect(merged.tally == whole)
        #expect(merged.isComplete)
        #expect(merged.json().prettyPrinted() == single.json().prettyPrinted())
        #expect(merged.table() == single.table())
        #expect(merged.partyCSV() == single.partyCSV())
    }

    @Test func mergeRefusesMissingDuplicateOrForeignShards() async throws {
        func shard(_ index: Int, seed: UInt64 = 5) async -> SimulationStudy {
            let tally = await MonteCarlo(election: election, runs: 3_000, seed: seed, shard: (index, 3)).run(threads: 1)
            return SimulationStudy(
                election: election, document: "d", seed: seed, plannedRuns: 3_000, shard: .init(index: index, count: 3),
                interrupted: false, tally: tally)
        }
        let one = await shard(1)
        let two = await shard(2)
        let foreign = await shard(3, seed: 6)
        #expect(throws: SimulationStudy.MergeError.self) { try SimulationStudy.merged([one, two]) }
        #expect(throws: SimulationStudy.MergeError.self) { try SimulationStudy.merged([one, one, two]) }
        #expect(throws: SimulationStudy.MergeError.self) { try SimulationStudy.merged([one, two, foreign]) }
        let partial = try SimulationStudy.merged([one, two], allowIncomplete: true)
        #expect(!partial.isComplete)
        #expect(partial.table().contains("PARTIAL"))
    }

    @Test func tallyMemoryDoesNotGrowWithRuns() async {
        let small = await MonteCarlo(election: election, runs: 10, seed: 1).run(threads: 1)
        let large = await MonteCarlo(election: election, runs: 20_000, seed: 1).run(threads: 2)
        #expect(small.seatHistogram.count == large.seatHistogram.count)
        #expect(small.wins.count == large.wins.count)
        #expect(small.turnoutHistogram.map(\.count) == large.turnoutHistogram.map(\.count))
    }
}
