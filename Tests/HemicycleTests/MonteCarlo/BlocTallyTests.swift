import Foundation
import Testing

@testable import Hemicycle

/// A simulation counts each bloc's seats (its lists' together) run by run, writes them in
/// shard files and merges them like every other count.
@Suite("Bloc tallies")
struct BlocTallyTests {
    /// Three single-seat constituencies under plurality: A wins the first, B the second, C the
    /// third; the bloc AB holds A and B.
    static let json = """
        {
          "assembly": {"name": "Test", "size": 3},
          "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"}],
          "rule": {"method": "plurality"},
          "constituencies": [
            {"id": "one", "name": "One", "region": "R", "seats": 1, "registered": 1000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.5, "B": 0.2, "C": 0.3}}},
            {"id": "two", "name": "Two", "region": "R", "seats": 1, "registered": 1000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.2, "B": 0.45, "C": 0.35}}},
            {"id": "three", "name": "Three", "region": "R", "seats": 1, "registered": 1000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.25, "B": 0.2, "C": 0.55}}}
          ],
          "blocs": [{"id": "AB", "name": "A and B", "lists": ["A", "B"]}, {"id": "CC", "lists": ["C"]}]
        }
        """

    // Without noise every run is the deterministic one: AB 2 seats (a majority of 3), CC 1.
    @Test func withoutNoiseEveryRunIsTheDeterministicOne() async throws {
        let election = try TestScenario.election(Self.json)
        let tally = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 40, seed: 1).run(threads: 1)
        let summary = SimulationSummary(tally: tally, majority: election.assembly.majority)
        #expect(summary.blocs.map(\.histogram) == [[0, 0, 40, 0], [0, 40, 0, 0]])
        #expect(summary.blocs[0].majority == 1 && summary.blocs[1].majority == 0)
    }

    // With noise the bloc's count is its lists' sum in every run: AB's mean is A's plus B's,
    // and the tally is the same on one thread or two.
    @Test func aBlocIsItsListsSummedRunByRun() async throws {
        let election = try TestScenario.election(Self.json)
        let one = await MonteCarlo(election: election, runs: 4_000, seed: 3).run(threads: 1)
        let two = await MonteCarlo(election: election, runs: 4_000, seed: 3).run(threads: 2)
        #expect(one == two)
        let summary = SimulationSummary(tally: one, majority: 2)
        #expect(abs(summary.blocs[0].mean - (summary.lists[0].mean + summary.lists[1].mean)) < 1e-9)
        #expect(abs(summary.blocs[1].mean - summary.lists[2].mean) < 1e-9)
        #expect(summary.blocs[0].histogram.count == 4 && one.inconsistency() == nil)
    }

    // Shards carry the blocs: each reads back as written, and their merge is the whole study.
    @Test func shardsCarryAndMergeTheBlocs() async throws {
        let election = try TestScenario.election(Self.json)
        let whole = SimulationStudy(
            election: election, document: "d", seed: 9, plannedRuns: 6_000, shard: nil, interrupted: false,
            tally: await MonteCarlo(election: election, runs: 6_000, seed: 9).run(threads: 2))
        var parts: [SimulationStudy] = []
        for index in 1...2 {
            let plan = MonteCarlo(election: election, runs: 6_000, seed: 9, shard: (index, 2))
            let study = SimulationStudy(
                election: election, document: "d", seed: 9, plannedRuns: 6_000, shard: .init(index: index, count: 2),
                interrupted: false, tally: await plan.run(threads: 1))
            let read = try SimulationStudy(file: try JSONParser.parse(Array(study.fileJSON().prettyPrinted().utf8)))
            #expect(read.tally == study.tally && read.blocs == study.blocs)
            parts.append(read)
        }
        let merged = try SimulationStudy.merged(parts)
        #expect(merged.json().prettyPrinted() == whole.json().prettyPrinted())
        #expect(merged.table().contains("AB"))
    }
}
