import Foundation
import Hemicycle

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--profile" {
    // A plain single-threaded loop for valgrind/perf: hemicycle-bench --profile RUNS
    let runs = arguments.count > 1 ? Int(arguments[1]) ?? 20_000 : 20_000
    var turnoutOnly = Uncertainty.none
    turnoutOnly.nationalTurnout = [0.1, 0.1]
    turnoutOnly.constituencyTurnout = [0.1, 0.1]
    let benchmark =
        arguments.contains("--turnout-only")
        ? SimulationBenchmarks.singleThread(runs: runs, uncertainty: turnoutOnly, label: "turnout")
        : arguments.contains("--no-noise")
        ? SimulationBenchmarks.singleThread(runs: runs, uncertainty: .none, label: "no-noise")
        : SimulationBenchmarks.singleThread(runs: runs)
    print(benchmark.body())
    exit(0)
}
let harness = Harness(samples: 7, minimumSampleTime: 0.2, quick: arguments.contains("--quick"))
for benchmark in [SimulationBenchmarks.singleThread(runs: 5_000), RandomBenchmarks.normals(100_000), RandomBenchmarks.exps(100_000), RandomBenchmarks.bits(100_000)] {
    let result = harness.measure(benchmark)
    print("\(benchmark.name): \(formatRate(result.rate))\(benchmark.unit)/s, \(String(format: "%.0f", result.nanosecondsPerItem)) ns each")
}
var sharesOnly = Uncertainty.none
sharesOnly.constituencyNoise = 0.15
var nationalOnly = Uncertainty.none
nationalOnly.nationalSwing = 0.1
nationalOnly.regionalSwing = 0.05
var transfersOnly = Uncertainty.none
transfersOnly.transferAbstention = 0.25
transfersOnly.transferPreference = 0.25
var turnoutOnly = Uncertainty.none
turnoutOnly.nationalTurnout = [0.1, 0.1]
turnoutOnly.constituencyTurnout = [0.1, 0.1]
for benchmark in [
    SimulationBenchmarks.singleThread(runs: 5_000, uncertainty: .none, label: "no-noise"),
    SimulationBenchmarks.singleThread(runs: 5_000, uncertainty: sharesOnly, label: "constituency-shares"),
    SimulationBenchmarks.singleThread(runs: 5_000, uncertainty: nationalOnly, label: "national-regional"),
    SimulationBenchmarks.singleThread(runs: 5_000, uncertainty: transfersOnly, label: "transfers"),
    SimulationBenchmarks.singleThread(runs: 5_000, uncertainty: turnoutOnly, label: "turnout"),
] {
    let result = harness.measure(benchmark)
    print("\(benchmark.name): \(formatRate(result.rate))\(benchmark.unit)/s, \(String(format: "%.0f", result.nanosecondsPerItem)) ns each")
}
