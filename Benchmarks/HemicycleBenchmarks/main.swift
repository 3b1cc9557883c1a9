import Foundation
import Hemicycle

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--profile" {
    // A plain single-threaded loop for valgrind/perf: hemicycle-bench --profile RUNS
    let runs = arguments.count > 1 ? Int(arguments[1]) ?? 20_000 : 20_000
    let loop =
        arguments.contains("--turnout-only")
        ? SimulationBenchmarks.singleThread(runs: runs, uncertainty: SimulationBenchmarks.turnoutOnly)
        : arguments.contains("--no-noise")
            ? SimulationBenchmarks.singleThread(runs: runs, uncertainty: Uncertainty.zero)
            : SimulationBenchmarks.singleThread(runs: runs)
    print(loop.body())
    loop.verify()
    exit(0)
}

let options: Options
do {
    options = try Options(arguments)
} catch {
    FileHandle.standardError.write(Data("hemicycle-bench: \(error.message)\n\n\(Options.usage)\n".utf8))
    exit(64)
}
if options.help {
    print(Options.usage)
    exit(0)
}

let scenarioDirectory = options.scenarioDirectory()
let groups = [
    AllocationBenchmarks.group,
    ScenarioBenchmarks.group(directory: scenarioDirectory),
    BiproportionalBenchmark.group(directory: scenarioDirectory),
    SimulationBenchmarks.group,
    FranceBenchmark.group(directory: scenarioDirectory),
    RandomFloor.group,
    ScalingBenchmarks.group,
    SweepBenchmark.group,
]
if options.list {
    for group in groups {
        for benchmark in group.benchmarks { print(benchmark.name) }
    }
    print(MemoryBenchmark.name + "  (with --memory)")
    exit(0)
}

if isDebugBuild {
    let warning = """
        hemicycle-bench: this is a debug build: its figures mean nothing.
        Run `swift run -c release hemicycle-bench` (or pass --quick for a smoke test of the checks).

        """
    FileHandle.standardError.write(Data(warning.utf8))
    if !options.quick { exit(1) }
}

var report = Report(toStandardError: options.json)
let machine = MachineInfo.current()
report.line(
    "hemicycle-bench: \(machine.cpu), \(machine.cores) cores, Swift \(machine.swift), \(machine.configuration), "
        + "\(machine.date)" + (machine.commit.map { ", commit \($0)" } ?? ""))
report.line(
    options.quick
        ? "--quick: one timed call per benchmark after a warm-up, smaller workloads; figures are rough"
        : "\(options.samples) samples per benchmark, each at least \(options.minimumSampleTime) s, after a warm-up; "
            + "rate and ns/item at the median; min/median/p90 are per call of `items` items")
if scenarioDirectory == nil {
    report.line("no Scenarios folder found: scenario benchmarks skipped (use --scenarios DIR)")
}

let harness = Harness(samples: options.samples, minimumSampleTime: options.minimumSampleTime, quick: options.quick)
let context = BenchmarkContext(quick: options.quick)
let clock = ContinuousClock()
let started = clock.now
for group in groups {
    let selected = group.benchmarks.filter { options.selects($0.name) }
    guard !selected.isEmpty else { continue }
    report.heading(group.title)
    for benchmark in selected {
        let workload = benchmark.make(context)
        let measurement = harness.measure(workload, name: benchmark.name)
        report.measurements.append(measurement)
        report.row(measurement)
    }
}

if options.runsMemory {
    report.line()
    report.line("## Peak memory: hemicycle simulate (embedded Mali 1992, all threads), as a child process")
    if let binary = MemoryBenchmark.hemicycleBinary() {
        let result = MemoryBenchmark.measure(binary: binary, largeRuns: options.memoryRuns)
        report.memory = result
        report.memoryRows(result)
    } else {
        report.line("hemicycle not found next to hemicycle-bench: run `swift build -c release` first")
    }
} else if !options.quick && options.filters.isEmpty {
    report.line()
    report.line("(peak memory of hemicycle simulate not measured: add --memory)")
}

if options.sizes && !options.quick {
    report.line()
    report.line("## Sizes: hemicycle validate and simulate --threads 1 on synthetic files, per unit (flat is linear)")
    if let binary = MemoryBenchmark.hemicycleBinary() {
        report.sizes = SizeBenchmark.measure(binary: binary, report: report) { options.selects($0) }
    } else {
        report.line("hemicycle not found next to hemicycle-bench: run `swift build -c release` first")
    }
}

let targets = Targets.evaluate(report.measurements, memory: report.memory)
let scaling = Targets.scalingLines(report.measurements)
if !scaling.isEmpty {
    report.line()
    report.line("## Scaling with size (flat is good)")
    for line in scaling { report.line(line) }
}
Targets.print(
    targets,
    caveat: isDebugBuild
        ? "debug build: meaningless" : options.quick ? "--quick: one short sample each, indicative only" : nil,
    to: report)
let elapsed = Harness.seconds(clock.now - started)
report.line()
report.line("\(report.measurements.count) benchmarks in \(Report.decimal(elapsed, 1)) s")

if options.json {
    let document = JSONDocument(
        machine: machine,
        settings: .init(
            samples: options.samples, minimumSampleSeconds: options.minimumSampleTime, quick: options.quick),
        results: report.measurements.map(JSONDocument.Result.init), memory: report.memory, sizes: report.sizes,
        targets: targets)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    do {
        print(String(decoding: try encoder.encode(document), as: UTF8.self))
    } catch {
        preconditionFailure("the results encode as JSON: \(error)")
    }
}
