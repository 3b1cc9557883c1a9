import Foundation
import Testing

@testable import Hemicycle

/// With `uncertainty.transfers.concentration`, each run draws every transfer row whole from a
/// Dirichlet around the scenario's: rows sum to one, means are the scenario's, variances
/// p(1 − p)/(κ + 1). The non-voters' row names a bloc, whose share goes to each of its lists,
/// so its preferences sum to more than 1 − abstention: the abstention's mean must still hold.
@Suite("Dirichlet transfer rows")
struct DirichletTransferTests {
    static func json(uncertainty: String) -> String {
        TestScenario.single(
            seats: 1, registered: 1_000,
            round1: #"{"voters": 700, "blank": 0, "invalid": 0, "votes": {"A": 300, "B": 250, "C": 150}}"#,
            round2: #"{"invalidShare": 0, "blankShare": 0}"#,
            rule: #"{"method": "two-round", "runoff": {"qualify": "top-two"}}"#,
            extra: #"""
                "transfers": {"from": {"C": {"abstain": 0.2, "to": {"A": 0.3, "B": 0.5}}, "A": {"abstain": 0.4}},
                              "nonVoters": {"abstain": 0.9, "to": {"AB": 0.1}}},
                "blocs": [{"id": "AB", "lists": ["A", "B"]}],
                "uncertainty": \#(uncertainty)
                """#)
    }

    @Test func rowsAreDrawnAroundTheScenariosWithTheDirichletsVariance() throws {
        let kappa = 20.0
        let election = try TestScenario.election(
            Self.json(uncertainty: #"{"shares": {"national": 0, "regional": 0, "constituency": 0}, "transfers": {"concentration": 20}}"#))
        #expect(election.uncertainty?.transferConcentration == kappa)
        let simulator = ElectionSimulator(election: election)
        let (a, b, c) = (0, 1, 2)
        var rng = SeedDerivation.stream(seed: 4, index: 0)
        let draws = 20_000
        var sums = [0.0, 0.0, 0.0, 0.0, 0.0]
        var squares = [0.0, 0.0, 0.0, 0.0, 0.0]
        let lookup = simulator.evaluator.directLookup
        for _ in 0..<draws {
            simulator.drawTransferRows(using: &rng)
            let abstain = simulator.listAbstention[c]
            let (toA, toB) = lookup.preferences(of: c, for: (a, b))
            #expect(abs(abstain + toA + toB - 1) < 1e-12)
            let nonVoters = simulator.evaluator.nonVoterRow
            #expect(abs(nonVoters[0] + nonVoters[1 + a] + nonVoters[1 + b] - 1) < 1e-12)
            let values = [abstain, toA, toB, simulator.listAbstention[a], nonVoters[0]]
            for index in values.indices {
                sums[index] += values[index]
                squares[index] += values[index] * values[index]
            }
        }
        let expected = [0.2, 0.3, 0.5, 0.4, 0.9]
        for index in expected.indices {
            let mean = sums[index] / Double(draws)
            let variance = squares[index] / Double(draws) - mean * mean
            let theory = expected[index] * (1 - expected[index]) / (kappa + 1)
            // The mean within five standard errors, the variance within 6%.
            #expect(abs(mean - expected[index]) < 5 * (theory / Double(draws)).squareRoot(), "\(index): \(mean)")
            #expect(abs(variance / theory - 1) < 0.06, "\(index): \(variance) vs \(theory)")
        }
        // B, a finalist without a row of its own, keeps its set abstention (0).
        #expect(simulator.listAbstention[b] == 0)
    }

    // The rows laid out once for every run, worked by hand at κ = 20: A (abstain 0.4, no
    // preferences) 8 and 12; B (no row, abstention 0) not drawn; C (0.2, A 0.3, B 0.5) 4, 6,
    // 10; the non-voters (0.9, AB 0.1: A and B 0.1 each, rescaled to 0.05) 18, 1, 1.
    @Test func theRowsAreLaidOutOnce() throws {
        let election = try TestScenario.election(
            Self.json(uncertainty: #"{"shares": {"national": 0, "regional": 0, "constituency": 0}, "transfers": {"concentration": 20}}"#))
        let rows = ElectionSimulator(election: election).transferRowConcentrations
        #expect(rows.count == 3)
        let expected: [[Double]] = [[8, 12], [4, 6, 10], [18, 1, 1]]
        for (row, want) in zip(rows, expected) {
            #expect(row.count == want.count && zip(row, want).allSatisfy { abs($0 - $1) < 1e-12 }, "\(rows)")
        }
    }

    // The draws change who wins some runs (C's voters decide), the same on one thread or two.
    @Test func aStudyIsTheSameOnAnyThreads() async throws {
        let election = try TestScenario.election(
            Self.json(uncertainty: #"{"shares": {"national": 0, "regional": 0, "constituency": 0}, "transfers": {"concentration": 5}}"#))
        let one = await MonteCarlo(election: election, runs: 3_000, seed: 2).run(threads: 1)
        let two = await MonteCarlo(election: election, runs: 3_000, seed: 2).run(threads: 2)
        #expect(one == two)
        let wins = SimulationSummary(tally: one, majority: 1).lists.map { $0.histogram[1] }
        #expect(wins[0] > 0 && wins[1] > 0 && wins[0] + wins[1] == 3_000, "\(wins)")
    }

    @Test func aConcentrationBesideTheLogitNoiseIsRefused() {
        let problems = TestScenario.problems(
            Self.json(uncertainty: #"{"transfers": {"concentration": 5, "abstention": 0.2}}"#))
        #expect(problems.contains { $0.path == "uncertainty.transfers.concentration" && $0.message.contains("without") }, "\(problems)")
        let zero = TestScenario.problems(Self.json(uncertainty: #"{"transfers": {"concentration": 0}}"#))
        #expect(zero.contains { $0.path == "uncertainty.transfers.concentration" }, "\(zero)")
    }

    // France without withdrawals, with nothing random but transfer rows drawn at a huge
    // concentration: every run is within a seat or two of the deterministic one, bloc by bloc
    // (a draw whose means were not the scenario's rows would move dozens of seats).
    @Test func aHugeConcentrationGivesTheDeterministicRun() async throws {
        let quiet = try JSONParser.parse(
            Array(#"{"shares": {"national": 0, "regional": 0, "constituency": 0}, "turnout": {"round1": {"national": 0, "constituency": 0}, "round2": {"national": 0, "constituency": 0}}, "transfers": {"concentration": 1000000}}"#.utf8))
        let (election, _) = try ScenarioLoader.loadAdjusted(
            path: Repository.path("Scenarios/fr-2024-no-withdrawals.json"), adjustments: [.set(path: "uncertainty", value: quiet)])
        let deterministic = election.run().blocs.map(\.seats)
        let tally = await MonteCarlo(election: election, runs: 10, seed: 1).run(threads: 2)
        let means = SimulationSummary(tally: tally, majority: election.assembly.majority).blocs.map(\.mean)
        for (mean, seats) in zip(means, deterministic) { #expect(abs(mean - Double(seats)) <= 2, "\(means) vs \(deterministic)") }
    }
}
