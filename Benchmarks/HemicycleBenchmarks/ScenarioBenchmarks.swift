import Foundation
import Hemicycle

/// Deterministic runs of every shipped scenario: what `hemicycle run` does after loading,
/// `TwoRoundEngine(election:).run()` (compiling the contest table and building the result).
enum ScenarioBenchmarks {
    /// Every `*.json` under `directory` (sub-folders such as `validation/` included, `tools/`
    /// excluded, as CI does), as paths relative to it, sorted.
    static func scenarioFiles(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            if path == "tools" || path.hasPrefix("tools/") {
                walker.skipDescendants()
                continue
            }
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }

    static func group(directory: String?) -> BenchmarkGroup {
        let title = "Deterministic runs of every scenario: elections per second, one core"
        guard let directory else { return BenchmarkGroup(title: title, benchmarks: []) }
        let benchmarks = scenarioFiles(in: directory).map { file in
            Benchmark(name: "scenario/" + String(file.dropLast(".json".count))) { _ in
                workload(path: directory + "/" + file)
            }
        }
        return BenchmarkGroup(title: title, benchmarks: benchmarks)
    }

    static func workload(path: String) -> Workload {
        let election: Election
        do {
            election = try ScenarioLoader.load(path: path)
        } catch {
            preconditionFailure("\(path) loads: \(error)")
        }
        let contests = election.constituencies.filter(\.isContested).count
        // The known answer: every contested seat is filled, and every run gives the same seats.
        let reference = TwoRoundEngine(election: election).run()
        precondition(reference.filledSeats == election.contestedSeats, "\(path): every contested seat is filled")
        let expected = fingerprint(reference)
        return Workload(
            unit: "elections", itemsPerCall: 1, secondary: ("contests", contests),
            body: {
                let result = TwoRoundEngine(election: election).run()
                precondition(fingerprint(result) == expected, "\(path): the deterministic result changed")
                return result.filledSeats
            })
    }

    /// Seats by list, folded into one integer.
    static func fingerprint(_ result: ElectionResult) -> Int {
        var hash = result.filledSeats
        for list in result.lists { hash = hash &* 31 &+ list.seats }
        return hash
    }
}
