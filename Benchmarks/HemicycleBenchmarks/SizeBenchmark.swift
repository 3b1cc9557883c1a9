import Foundation
import Hemicycle

/// Time and peak memory against the size of the election, end to end: synthetic scenarios
/// (``SyntheticScenario``) written as files, loaded by `hemicycle validate` and simulated by
/// `hemicycle simulate --runs 1 --threads 1`, each a child process whose own peak resident set
/// is read as ``MemoryBenchmark`` reads it; the one-run study less the load is the setup (the
/// contest table, the deterministic result the summary compares with, the digest). The cost of
/// a run is timed in this process (the best of three calls of `runs` runs on one thread, as
/// `montecarlo/…/1-thread-loop` times them): the difference of two child processes would be
/// lost in the noise of their loading.
///
/// Two series: 10⁴, 10⁵ and 10⁶ single-member constituencies of 5 parties (one region per 8),
/// and 10², 10³ and 10⁴ parties, every one on every ballot of 100 constituencies and each
/// stating a run-off preference. Per unit (a constituency, a party) the load time, the memory
/// and the time of one simulated election should stay about flat: growth is linear.
enum SizeBenchmark {
    static let name = "sizes"

    struct Case: Codable {
        var series: String
        var constituencies: Int
        var parties: Int
        /// The file's size.
        var megabytes: Double
        /// `hemicycle validate`: seconds and peak KiB.
        var loadSeconds: Double
        var loadPeakKiB: Int
        /// `hemicycle simulate --runs 1 --threads 1`: seconds (loading included).
        var oneRunSeconds: Double
        /// Peak KiB of `hemicycle simulate --runs 1 --threads 1`.
        var simulatePeakKiB: Int
        /// Runs per timed call, and the best call's seconds.
        var runs: Int
        var runsSeconds: Double
        /// The units of the series: constituencies, or parties.
        var units: Int
        /// Seconds of setting a simulation up, beyond the loading.
        var setupSeconds: Double { max(0, oneRunSeconds - loadSeconds) }
        /// Seconds a simulated election takes, per run.
        var secondsPerRun: Double { runsSeconds / Double(runs) }
    }

    struct Result: Codable {
        var method: String
        var cases: [Case]
    }

    /// (series, constituencies, parties, runs)
    static let plan: [(String, Int, Int, Int)] = [
        ("constituencies", 10_000, 5, 100), ("constituencies", 100_000, 5, 10), ("constituencies", 1_000_000, 5, 1),
        ("parties", 100, 100, 100), ("parties", 100, 1_000, 10), ("parties", 100, 10_000, 1),
    ]

    static func name(constituencies: Int, parties: Int) -> String { "sizes/c\(constituencies)/p\(parties)" }

    /// Measures the cases of ``plan`` whose name `selects` accepts.
    static func measure(binary: String, report: Report, selects: (String) -> Bool) -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-sizes-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [Case] = []
        for (series, constituencies, parties, runs) in plan
        where selects(name(constituencies: constituencies, parties: parties)) {
            let scenario = SyntheticScenario(
                constituencies: constituencies, parties: parties, singleMember: series == "constituencies",
                statesTransfers: series == "parties")
            let path = folder.appendingPathComponent(scenario.id + ".json").path
            let json = Data(scenario.json.utf8)
            guard FileManager.default.createFile(atPath: path, contents: json) else {
                report.line("cannot write \(path)")
                continue
            }
            let load = MemoryBenchmark.peak([binary, "validate", path])
            let oneRun = MemoryBenchmark.peak([binary, "simulate", path, "--runs", "1", "--seed", "1", "--threads", "1"])
            try? FileManager.default.removeItem(atPath: path)
            precondition(
                load.exitStatus == 0 && oneRun.exitStatus == 0,
                "the synthetic scenario \(scenario.id) loads and simulates (exit \(load.exitStatus), \(oneRun.exitStatus))")
            let election: Election
            do {
                election = try ScenarioLoader.load(bytes: Array(json), name: scenario.id + ".json")
            } catch {
                preconditionFailure("the synthetic scenario validates: \(error)")
            }
            let loop = SimulationBenchmarks.singleThread(election: election, runs: runs)
            let clock = ContinuousClock()
            var best = Double.infinity
            for _ in 0..<3 {
                let start = clock.now
                _ = loop.body()
                best = min(best, Harness.seconds(clock.now - start))
            }
            loop.verify()
            let result = Case(
                series: series, constituencies: constituencies, parties: parties,
                megabytes: Double(json.count) / 1e6, loadSeconds: load.seconds, loadPeakKiB: load.peakKiB,
                oneRunSeconds: oneRun.seconds, simulatePeakKiB: oneRun.peakKiB, runs: runs, runsSeconds: best,
                units: series == "constituencies" ? constituencies : parties)
            cases.append(result)
            report.sizeRow(result)
        }
        return Result(method: MemoryBenchmark.method, cases: cases)
    }
}

extension Report {
    func sizeRow(_ size: SizeBenchmark.Case) {
        let unit = size.series == "constituencies" ? "constituency" : "party"
        let perUnit = 1.0 / Double(size.units)
        line(
            Self.pad(SizeBenchmark.name(constituencies: size.constituencies, parties: size.parties), Self.nameWidth) + " "
                + Self.padLeft(Self.decimal(size.megabytes, 1), 6) + " MB  load "
                + Self.decimal(size.loadSeconds * perUnit * 1e6, 2) + " µs and "
                + Self.decimal(Double(size.loadPeakKiB) * perUnit, 2) + " KiB per \(unit); setup "
                + Self.decimal(size.setupSeconds * perUnit * 1e6, 2) + " µs, a run "
                + Self.decimal(size.secondsPerRun * perUnit * 1e6, 2) + " µs per \(unit), peak "
                + Self.decimal(Double(size.simulatePeakKiB) * perUnit, 2) + " KiB per \(unit)  (load "
                + Self.decimal(size.loadSeconds, 2) + " s, " + Self.grouped(size.loadPeakKiB) + " KiB; "
                + "simulate --runs 1 " + Self.decimal(size.oneRunSeconds, 2) + " s, "
                + Self.grouped(size.simulatePeakKiB) + " KiB; " + Self.grouped(size.runs) + " runs in "
                + Self.decimal(size.runsSeconds, 3) + " s)")
    }
}
