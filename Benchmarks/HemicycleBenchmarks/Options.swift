import Foundation

/// The command line of `hemicycle-bench`.
struct Options {
    var filters: [String] = []
    var json = false
    var quick = false
    var memory = false
    var sizes = false
    var list = false
    var help = false
    var samples = 10
    var minimumSampleTime = 0.05
    var memoryRuns = MemoryBenchmark.defaultLargeRuns
    var scenarios: String?

    static let usage = """
        USAGE: hemicycle-bench [--filter SUBSTRING]... [--quick] [--json] [--memory [--memory-runs N]] [--sizes]
                               [--samples N] [--min-time SECONDS] [--scenarios DIR] [--list]
               hemicycle-bench --profile [RUNS] [--turnout-only | --no-noise]

        Hemicycle's benchmark suite. Build and run it in release:
          swift run -c release hemicycle-bench

        OPTIONS:
          --filter SUBSTRING  Run only the benchmarks whose name contains SUBSTRING (repeatable:
                              any of them). Names: alloc/RULE/mMAGNITUDE/nLISTS, scenario/FILE,
                              montecarlo/mali-1992/..., floor/..., scaling/cCONSTITUENCIES/pPARTIES,
                              memory/simulate.
          --quick             A warm-up call and one timed call of each benchmark, on smaller
                              workloads: a smoke test for CI (every result is still checked;
                              the figures are rough). Skips memory/simulate.
          --json              Print the results as JSON on standard output (the table then goes
                              to standard error).
          --memory            Also measure the peak memory of `hemicycle simulate` at 10 million
                              runs against 10,000 (about a minute; needs `swift build -c release`
                              first, so that `hemicycle` sits next to `hemicycle-bench`). A
                              filter that matches memory/simulate selects it too.
          --memory-runs N     The larger study of --memory (default 10000000).
          --sizes             Also measure load time, run time and peak memory of `hemicycle`
                              on synthetic files of 10^4, 10^5 and 10^6 constituencies and of
                              10^2, 10^3 and 10^4 parties, per constituency or party (a few
                              minutes and a few GB; needs `hemicycle` next to `hemicycle-bench`).
          --samples N         Timed samples per benchmark (default 10).
          --min-time SECONDS  Shortest sample: calls are repeated until a sample lasts this long
                              (default 0.05).
          --scenarios DIR     Where the scenario files are (default: ./Scenarios, or the package's).
          --list              List the benchmark names and exit.
          --profile [RUNS]    A plain single-threaded Mali loop for valgrind or perf (20,000 runs
                              by default; --turnout-only or --no-noise to change the noise).
          -h, --help          Show this help.

        Exit status: 0 when the suite ran (whatever the figures), 1 when a debug build is asked for
        figures (use -c release, or --quick), 64 for bad usage.
        """

    struct UsageError: Error {
        var message: String
    }

    init(_ arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        func value(_ option: String) throws(UsageError) -> String {
            guard let next = remaining.popFirst() else { throw UsageError(message: "\(option) needs a value") }
            return next
        }
        while let argument = remaining.popFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0].hasPrefix("--") {
                remaining.insert(parts[1], at: remaining.startIndex)
            }
            let option = parts.count == 2 && parts[0].hasPrefix("--") ? parts[0] : argument
            switch option {
            case "--filter": filters.append(try value(option))
            case "--json": json = true
            case "--quick": quick = true
            case "--memory": memory = true
            case "--sizes": sizes = true
            case "--list": list = true
            case "--help", "-h": help = true
            case "--scenarios": scenarios = try value(option)
            case "--memory-runs":
                guard let runs = Int(try value(option)), runs >= 1 else {
                    throw UsageError(message: "--memory-runs must be a whole number of at least 1")
                }
                memoryRuns = runs
            case "--samples":
                guard let count = Int(try value(option)), count >= 1 else {
                    throw UsageError(message: "--samples must be a whole number of at least 1")
                }
                samples = count
            case "--min-time":
                guard let seconds = Double(try value(option)), seconds >= 0 else {
                    throw UsageError(message: "--min-time must be a number of seconds")
                }
                minimumSampleTime = seconds
            default: throw UsageError(message: "unknown argument '\(argument)'")
            }
        }
    }

    func selects(_ name: String) -> Bool {
        filters.isEmpty || filters.contains { name.contains($0) }
    }

    /// Whether the slow memory measurement runs: never with `--quick`; with `--memory`, or when
    /// a filter names it.
    var runsMemory: Bool {
        !quick && (memory || (!filters.isEmpty && selects(MemoryBenchmark.name)))
    }

    /// The scenario folder: `--scenarios`, else `./Scenarios`, else the package's, found from
    /// the executable's location (`.build/<triple>/release/hemicycle-bench`).
    func scenarioDirectory() -> String? {
        if let scenarios { return scenarios }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: "Scenarios", isDirectory: &isDirectory), isDirectory.boolValue {
            return "Scenarios"
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<6 {
            directory = directory.deletingLastPathComponent()
            let candidate = directory.appendingPathComponent("Scenarios").path
            if manager.fileExists(atPath: candidate + "/mali-1992.json") { return candidate }
        }
        return nil
    }
}
