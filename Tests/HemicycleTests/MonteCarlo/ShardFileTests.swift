@testable import Hemicycle
import Testing

/// A shard file that was edited, relabelled, cut short or interrupted is refused, never merged
/// into a result that looks whole.
@Suite("Shard files")
struct ShardFileTests {
    static let election: Election = {
        do { return try TestScenario.shipped("mali-1992.json") } catch { preconditionFailure("\(error)") }
    }()

    /// Shard `index` of 3 of a 3,000-run study (one block each), run whole or only `blocks` of it.
    static func shard(_ index: Int, interrupted: Bool = false) -> SimulationStudy {
        let plan = MonteCarlo(election: election, runs: 3_000, seed: 5, shard: (index, 3))
        let simulator = plan.makeSimulator()
        var tally = simulator.makeTally()
        if !interrupted {
            for block in plan.blocks { plan.run(block: block, simulator: simulator, into: &tally) }
        } else {
            // Half a block: what a shard stopped by Ctrl-C could have counted.
            var rng = SeedDerivation.stream(seed: 5, index: plan.blocks.lowerBound)
            simulator.simulate(500, using: &rng, into: &tally)
        }
        return SimulationStudy(
            election: election, document: "digest", seed: 5, plannedRuns: 3_000, shard: .init(index: index, count: 3),
            interrupted: interrupted, tally: tally)
    }

    /// `document` with the member at `path` replaced by `value`, its checksum recomputed when
    /// `resign` (as a careful forger would) or left as it was.
    static func edited(_ document: JSONValue, _ path: [String], _ value: JSONValue, resign: Bool = false) -> JSONValue {
        func replace(_ node: JSONValue, _ path: ArraySlice<String>) -> JSONValue {
            guard let key = path.first, case .object(var members) = node,
                let index = members.firstIndex(where: { $0.key == key })
            else { return value }
            members[index].value = path.count == 1 ? value : replace(members[index].value, path.dropFirst())
            return .object(members)
        }
        let changed = replace(document, path[...])
        guard resign, case .object(var members) = changed else { return changed }
        members.removeLast()
        return .object(members + [("checksum", .string(SimulationStudy.checksum(of: members)))])
    }

    static func refusal(_ document: JSONValue) -> SimulationStudy.FileError? {
        do {
            _ = try SimulationStudy(file: document)
            return nil
        } catch {
            return error
        }
    }

    @Test func aWholeShardReadsBackAsItWasWritten() throws {
        let study = Self.shard(2)
        let read = try SimulationStudy(file: try JSONParser.parse(Array(study.fileJSON().prettyPrinted(indent: 1).utf8)))
        #expect(read.tally == study.tally)
        #expect(read.shard == study.shard)
    }

    @Test func anEditedOrRelabelledFileFailsItsChecksum() throws {
        let file = Self.shard(1).fileJSON()
        #expect(Self.refusal(Self.edited(file, ["shard", "index"], .integer(2)))?.path == "checksum")
        #expect(Self.refusal(Self.edited(file, ["tally", "runsWithTies"], .integer(7)))?.path == "checksum")
        #expect(Self.refusal(Self.edited(file, ["interrupted"], .bool(true)))?.path == "checksum")
        guard case .object(let members) = file else { return }
        #expect(Self.refusal(.object(Array(members.dropLast())))?.path == "checksum")
        #expect(Self.refusal(Self.edited(file, ["format"], .string("hemicycle-partial/1")))?.message.contains("another version") == true)
    }

    /// Tallies that contradict themselves are refused even with a checksum that matches.
    @Test(arguments: [
        (["tally", "runs"], JSONValue.integer(1_001), "seat counts do not add up"),
        (["tally", "runsWithTies"], JSONValue.integer(5_000), "more runs with ties"),
        (["tally", "seatHistogram"], JSONValue.array([.array([.integer(0), .integer(1_000)])]), "do not add up"),
        (["plannedRuns"], JSONValue.integer(2_000), "where the plan gives this shard"),
    ])
    func contradictoryTalliesAreRefused(path: [String], value: JSONValue, message: String) {
        let refusal = Self.refusal(Self.edited(Self.shard(1).fileJSON(), path, value, resign: true))
        #expect(refusal?.message.contains(message) == true, "\(String(describing: refusal))")
    }

    @Test func aShardThatClaimsToBeWholeButIsShortIsRefused() {
        let short = Self.shard(3, interrupted: true).fileJSON()
        #expect(Self.refusal(short) == nil)  // interrupted, and says so
        let claimed = Self.edited(short, ["interrupted"], .bool(false), resign: true)
        #expect(Self.refusal(claimed)?.path == "tally.runs")
    }

    @Test func anInterruptedShardIsMergedOnlyWhenAllowed() throws {
        let shards = [Self.shard(1), Self.shard(2), Self.shard(3, interrupted: true)]
        let files = ["part-1.json", "part-2.json", "part-3.json"]
        #expect(throws: SimulationStudy.MergeError.self) { try SimulationStudy.merged(shards, files: files) }
        do {
            _ = try SimulationStudy.merged(shards, files: files)
        } catch {
            #expect(error.message.contains("part-3.json was interrupted"))
        }
        let partial = try SimulationStudy.merged(shards, files: files, allowIncomplete: true)
        #expect(partial.interrupted)
        #expect(partial.tally.runs == 2_500)
        let whole = try SimulationStudy.merged([Self.shard(1), Self.shard(2), Self.shard(3)], files: files)
        #expect(!whole.interrupted && whole.tally.runs == 3_000)
    }

    @Test func theSameShardTwiceNamesBothFiles() {
        do {
            _ = try SimulationStudy.merged([Self.shard(1), Self.shard(1), Self.shard(3)], files: ["a.json", "b.json", "c.json"])
            Issue.record("a repeated shard should be refused")
        } catch {
            #expect(error.message == "b.json and a.json are both shard 1/3")
        }
    }
}
