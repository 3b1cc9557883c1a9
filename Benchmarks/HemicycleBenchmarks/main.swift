import Foundation
import Hemicycle

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--profile" {
    // A plain single-threaded loop for valgrind/perf: hemicycle-bench --profile RUNS
    let runs = arguments.count > 1 ? Int(arguments[1]) ?? 20_000 : 20_000
    let benchmark = SimulationBenchmarks.singleThread(runs: runs)
    print(benchmark.body())
    exit(0)
}
let harness = Harness(samples: 7, minimumSampleTime: 0.2, quick: arguments.contains("--quick"))
for benchmark in [SimulationBenchmarks.singleThread(runs: 5_000)] {
    let result = harness.measure(benchmark)
    print("\(benchmark.name): \(formatRate(result.rate))\(benchmark.unit)/s, \(String(format: "%.0f", result.nanosecondsPerItem)) ns each")
}
