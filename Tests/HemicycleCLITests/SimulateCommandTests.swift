import Foundation
import Testing

@Suite("hemicycle simulate and merge", .timeLimit(.minutes(2)))
struct SimulateCommandTests {
    @Test func sameSeedSameBytesWithOneOrEightThreads() throws {
        let one = try CLIRunner.run(["simulate", "--runs", "3000", "--seed", "11", "--threads", "1", "--format", "json"])
        let eight = try CLIRunner.run(["simulate", "--runs", "3000", "--seed", "11", "--threads", "8", "--format", "json"])
        #expect(one.status == 0)
        #expect(one.standardError.isEmpty)
        #expect(one.standardOutput == eight.standardOutput)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(one.standardOutput.utf8)) as? [String: Any])
        #expect(root["runs"] as? Int == 3000)
        #expect(root["partial"] as? Bool == false)
    }

    @Test func mergedShardsPrintExactlyWhatOneRunPrints() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for index in 1...4 {
            let file = folder.appendingPathComponent("part-\(index).json").path
            let outcome = try CLIRunner.run([
                "simulate", "Scenarios/mali-1992.json", "--runs", "4100", "--seed", "3", "--shard", "\(index)/4", "-o", file,
            ])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            files.append(file)
        }
        for format in ["table", "json", "csv"] {
            let single = try CLIRunner.run([
                "simulate", "Scenarios/mali-1992.json", "--runs", "4100", "--seed", "3", "--format", format,
            ])
            let merged = try CLIRunner.run(["merge"] + files.reversed() + ["--format", format])
            #expect(merged.status == 0, "\(merged.standardError)")
            #expect(merged.standardOutput == single.standardOutput, "\(format) differs")
        }
        let missing = try CLIRunner.run(["merge"] + Array(files.prefix(3)))
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("4/4 are missing"))
    }

    @Test(arguments: [
        (["simulate", "--runs", "0"], "--runs must be a whole number from 1"),
        (["simulate", "--runs", "lots"], "--runs must be a whole number"),
        (["simulate", "--seed", "-1"], "--seed must be a whole number from 0"),
        (["simulate", "--seed", "99999999999999999999"], "--seed must be a whole number"),
        (["simulate", "--shard", "5/4"], "--shard must be K/N"),
        (["simulate", "--shard", "0/4"], "--shard must be K/N"),
        (["simulate", "--shard", "two"], "--shard must be K/N"),
        (["simulate", "--threads", "0"], "--threads must be a whole number from 1"),
    ])
    func badValuesExit64(arguments: [String], message: String) throws {
        let outcome = try CLIRunner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test func mergeRefusesAFileThatIsNotAPartialResult() throws {
        let outcome = try CLIRunner.run(["merge", "Scenarios/mali-1992.json"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("not a Hemicycle partial result file") || outcome.standardError.contains("format"))
    }

    @Test func csvReportsEveryListWithItsProbabilities() throws {
        let outcome = try CLIRunner.run(["simulate", "--runs", "2000", "--format", "csv"])
        #expect(outcome.status == 0)
        let header = try #require(outcome.standardOutput.split(separator: "\n").first)
        #expect(header.hasPrefix("party,short_name,deterministic_seats,mean,sd,median,p05,p95,p_majority"))
    }
}
