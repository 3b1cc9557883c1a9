import Foundation
import Hemicycle
import Testing

/// Adjustments through the loader: the scenario's `adjust` block, the command line's, their
/// order, the document edits, the digest, and where problems are reported.
@Suite("Adjustments: loading")
struct AdjustedLoadTests {
    func load(_ adjustments: [Adjustment], path: String? = nil) throws -> (election: Election, digest: String) {
        do {
            return try ScenarioLoader.loadAdjusted(path: path, adjustments: adjustments)
        } catch {
            throw LoadFailure(error: "\(error)")
        }
    }

    struct LoadFailure: Error { var error: String }

    @Test("without adjustments, the election and digest are the plain loader's")
    func unadjusted() throws {
        let (plain, digest) = try ScenarioLoader.loadEmbeddedWithDigest()
        let (loaded, loadedDigest) = try load([])
        #expect(loadedDigest == digest)
        #expect(loaded.run() == plain.run())
        #expect(loaded.adjustments.isEmpty)
    }

    @Test("a boycott takes the list off every ballot; the digest tells the what-ifs apart")
    func boycott() throws {
        let (plain, digest) = try load([])
        let (boycotted, boycottDigest) = try load([.boycott(list: "CNID", abstention: 1)])
        let cnid = try #require(plain.lists.firstIndex { $0.id == "CNID" })
        #expect(plain.constituencies.contains { $0.entries.contains { $0.listIndex == cnid } })
        #expect(!boycotted.constituencies.contains { $0.entries.contains { $0.listIndex == cnid } })
        #expect(boycotted.constituencies.contains { $0.boycotters.contains { $0.listIndex == cnid && $0.abstention == 1 } })
        #expect(boycotted.run().firstRound.voters < plain.run().firstRound.voters)
        let (_, otherDigest) = try load([.boycott(list: "CNID", abstention: 0.5)])
        #expect(Set([digest, boycottDigest, otherDigest]).count == 3)
        // By short name too, as tables print it.
        try #expect(load([.boycott(list: "cnid", abstention: 1)]).election.run() == boycotted.run())
    }

    @Test("ending the boycott puts the boycotting list on the ballots; a scenario without one refuses")
    func endBoycotts() throws {
        let (ended, _) = try load([.endBoycotts])
        #expect(ended.boycotts.isEmpty)
        #expect(ended.constituencies.allSatisfy { $0.boycotters.isEmpty })
        do {
            _ = try ScenarioLoader.loadAdjusted(path: nil, adjustments: [.endBoycotts, .endBoycotts])
            Issue.record("ending boycotts twice was accepted")
        } catch {
            guard case .option(let option, _) = error else { Issue.record("\(error)"); return }
            #expect(option == "--no-boycott")
        }
    }

    @Test("swings come before turnout levels whatever the order given, so the level holds")
    func order() throws {
        let swing = Adjustment.swing(Swing(list: "ADEMA", change: .points(5, .uniform)))
        let turnout = Adjustment.turnout(TurnoutTarget(level: 0.45))
        let (a, digestA) = try load([turnout, swing])
        let (b, _) = try load([swing, turnout])
        #expect(a.run() == b.run())
        #expect(abs(a.run().firstRound.turnout - 0.45) < 2e-5)
        #expect(a.adjustments.first?.hasPrefix("swing") == true)
        try #expect(digestA != load([swing, turnout]).digest)  // the command line as given is in the digest
    }

    @Test("an `adjust` block gives what the command line gives, and its problems carry its path")
    func block() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-adjust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try ScenarioLoader.readFile(Repository.path("Scenarios/mali-1992.json"))
        try Data(base).write(to: folder.appendingPathComponent("mali-1992.json"))
        let whatIf = folder.appendingPathComponent("what-if.json").path
        try #"{"extends": "mali-1992.json", "adjust": {"turnout": "45%", "boycott": "CNID"}}"#.write(
            toFile: whatIf, atomically: true, encoding: .utf8)
        let fromFile = try ScenarioLoader.load(path: whatIf)
        let fromOptions = try load([.turnout(TurnoutTarget(level: 0.45)), .boycott(list: "CNID", abstention: 1)]).election
        #expect(fromFile.run() == fromOptions.run())
        #expect(fromFile.adjustments == fromOptions.adjustments)

        let broken = folder.appendingPathComponent("broken.json").path
        try #"{"extends": "mali-1992.json", "adjust": {"swing": ["ADEMA=-1", "ADEMA=-300"]}}"#.write(
            toFile: broken, atomically: true, encoding: .utf8)
        do {
            _ = try ScenarioLoader.load(path: broken)
            Issue.record("a 300-point swing was accepted")
        } catch {
            #expect(error.problems.map(\.path) == ["adjust.swing[1]"])
            #expect(error.file == broken)
        }
    }

    @Test("--set edits the document before it is checked; a value the scenario cannot take is the scenario's error")
    func set() throws {
        let (plain, _) = try load([])
        let (changed, _) = try load([.set(path: "transfers.defaultAbstention", value: .number(0.5))])
        // Lists without a transfer row abstain at the default: 0.092 in the reference, 0.5 now;
        // lists with a row keep their own.
        #expect(!plain.transfers.abstention.contains(0.5))
        let moved = zip(plain.transfers.abstention, changed.transfers.abstention).filter { $0 != $1 }
        #expect(!moved.isEmpty && moved.allSatisfy { $0 == 0.092 && $1 == 0.5 })
        #expect(changed.adjustments == ["transfers.defaultAbstention set to 0.5"])
        do {
            _ = try ScenarioLoader.loadAdjusted(path: nil, adjustments: [.set(path: "constituencies[kayes].seats", value: .integer(6))])
            Issue.record("a magnitude that breaks the assembly's size was accepted")
        } catch {
            guard case .scenario(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.problems.contains { $0.path == "assembly.size" })
        }
    }
}
