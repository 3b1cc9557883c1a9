import Hemicycle
import Testing

@testable import HemicycleBenchmarks

/// The benchmark suite's synthetic scenarios are valid scenarios of the size asked for.
@Suite("Synthetic scenarios (benchmarks)")
struct SyntheticScenarioTests {
    @Test(arguments: [(1, 2), (10, 3), (25, 50)])
    func validatesWithTheSizeAskedFor(constituencies: Int, parties: Int) throws {
        let scenario = SyntheticScenario(constituencies: constituencies, parties: parties)
        let election = try scenario.load()
        #expect(election.constituencies.count == constituencies)
        #expect(election.lists.count == parties)
        #expect(election.constituencies.allSatisfy { $0.isContested && $0.entries.count == parties })
        #expect(election.contestedSeats == election.assembly.size)
        #expect(election.regions.count == scenario.regions)
    }

    @Test func runsAndFillsEverySeat() throws {
        let election = try SyntheticScenario(constituencies: 40, parties: 10).load()
        let result = TwoRoundEngine(election: election).run()
        #expect(result.filledSeats == election.assembly.size)
    }

    @Test func sameSizeAndSeedGiveTheSameBytes() {
        let first = SyntheticScenario(constituencies: 12, parties: 5).json
        #expect(first == SyntheticScenario(constituencies: 12, parties: 5).json)
        #expect(first != SyntheticScenario(constituencies: 12, parties: 5, seed: 2).json)
    }

    @Test func sharesAreExactMillionths() {
        let shares = SyntheticScenario.millionths([1e-9, 0.5, 3, 7])
        #expect(shares.reduce(0, +) == 1_000_000)
        #expect(shares.allSatisfy { $0 >= 1 })
        #expect(SyntheticScenario.decimal(12_345, digits: 6) == "0.012345")
        #expect(SyntheticScenario.decimal(1_000_000, digits: 6) == "1")
    }
}
