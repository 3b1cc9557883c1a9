import Foundation
import Hemicycle
import Testing

/// With a known noise, simple cases must land inside tolerance bands worked out by hand.
@Suite("Simulation statistics", .hangGuard(minutes: 2))
struct SimulationStatisticsTests {
    func duel(uncertainty: String) throws -> Election {
        try TestScenario.election(
            TestScenario.single(
                seats: 1, registered: 100_000, lists: ["A", "B"],
                round1: #"{"turnout": 0.5, "shares": {"A": 0.55, "B": 0.45}}"#,
                extra: "\"uncertainty\": \(uncertainty)"))
    }

    @Test func constituencyNoiseGivesTheNormalProbabilityOfWinning() async throws {
        // Each share is multiplied by exp(σZ), σ = 0.2, independently: A wins iff
        // log(0.55/0.45) + σ(Z_A − Z_B) > 0, i.e. with probability Φ(0.2007 / (0.2·√2)) = Φ(0.7096) = 0.761.
        // 20,000 runs: standard error 0.003; the band is ±4 standard errors.
        let election = try duel(
            uncertainty: """
                {"shares": {"national": 0, "regional": 0, "constituency": 0.2},
                 "turnout": {"round1": {"national": 0, "constituency": 0}, "round2": {"national": 0, "constituency": 0}},
                 "boycottAbstention": 0, "transfers": {"abstention": 0, "preference": 0}}
                """)
        let tally = await MonteCarlo(election: election, runs: 20_000, seed: 3).run(threads: 2)
        let winA = Double(tally.wins[0]) / Double(tally.runs)
        #expect(abs(winA - 0.761) < 0.012, "P(A) = \(winA)")
    }

    @Test func nationalTurnoutShockHasTheLogitNormalMeanAndSpread() async throws {
        // Turnout 0.5 with a national logit shock σ = 0.2: mean exactly 0.5 by symmetry;
        // standard deviation of logistic(0.2 Z) ≈ 0.2 × 0.25 × (1 − σ²/4 …) ≈ 0.0494 (numerically
        // 0.04936). 20,000 runs: the mean's standard error is 0.00035; the band is ±0.0015, and
        // ±0.002 for the standard deviation.
        let election = try duel(
            uncertainty: """
                {"shares": {"national": 0, "regional": 0, "constituency": 0},
                 "turnout": {"round1": {"national": 0.2, "constituency": 0}, "round2": {"national": 0, "constituency": 0}},
                 "boycottAbstention": 0, "transfers": {"abstention": 0, "preference": 0}}
                """)
        let tally = await MonteCarlo(election: election, runs: 20_000, seed: 11).run(threads: 2)
        let summary = SimulationSummary(tally: tally, majority: 1)
        #expect(abs(summary.turnoutMean[0] - 0.5) < 0.0015, "mean \(summary.turnoutMean[0])")
        #expect(abs(summary.turnoutStandardDeviation[0] - 0.04936) < 0.002, "sd \(summary.turnoutStandardDeviation[0])")
        // Shares are untouched: A always wins.
        #expect(tally.wins[0] == tally.runs)
    }

    @Test func voterSamplingAloneGivesBinomialTurnout() async throws {
        // Turnout 0.5 of 100,000 registered, sampled voter by voter: binomial standard deviation
        // √(100000 · 0.25) = 158.1 voters = 0.001581 of the register. Band: ±10%.
        let election = try duel(
            uncertainty: """
                {"shares": {"national": 0, "regional": 0, "constituency": 0},
                 "turnout": {"round1": {"national": 0, "constituency": 0}, "round2": {"national": 0, "constituency": 0}},
                 "boycottAbstention": 0, "transfers": {"abstention": 0, "preference": 0}, "voterSampling": true}
                """)
        let tally = await MonteCarlo(election: election, runs: 20_000, seed: 5).run(threads: 2)
        let summary = SimulationSummary(tally: tally, majority: 1)
        #expect(abs(summary.turnoutMean[0] - 0.5) < 0.0001)
        #expect(abs(summary.turnoutStandardDeviation[0] - 0.001581) < 0.00016, "sd \(summary.turnoutStandardDeviation[0])")
    }
}
