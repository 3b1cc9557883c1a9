/// Keeps a value alive so the optimiser cannot remove the work that made it
/// (package-benchmark's `blackHole`: not inlined, not optimised, so the value must exist).
@inline(never)
@_optimize(none)
func blackHole<T>(_ value: T) {}

/// What a benchmark needs to know about the run while it prepares its work.
struct BenchmarkContext {
    /// `--quick`: prepare a short workload (one short sample is taken).
    var quick: Bool
}

/// One benchmark: a name `--filter` matches, and how to prepare its work.
///
/// Preparation (loading files, generating inputs, building simulators) happens in `make`,
/// outside the timed region and only for the benchmarks selected.
struct Benchmark {
    var name: String
    var make: (BenchmarkContext) -> Workload
}

/// Benchmarks that belong together, printed under one heading.
struct BenchmarkGroup {
    var title: String
    var benchmarks: [Benchmark]
}

/// A prepared benchmark: the timed body and what one call of it does.
struct Workload {
    /// What one item is ("allocations", "elections", …).
    var unit: String
    /// Items done by one call of `body`.
    var itemsPerCall: Int
    /// A second way to count the same work (Monte Carlo: contests as well as elections).
    var secondary: (unit: String, itemsPerCall: Int)? = nil
    /// Printed after the figures.
    var note: String = ""
    /// Printed on lines of their own below the figures (how a count was made, say).
    var details: [String] = []
    /// The work. It checks its own result with `precondition` (a known answer: seats that sum to
    /// the magnitude, runs counted) and returns a value the harness black-holes.
    var body: () -> Int
    /// A check too costly to repeat in every timed call (one that grows with the size of the
    /// result, say): run once, after the samples, outside the timing.
    var verify: () -> Void = {}
}

/// The samples of one benchmark, in seconds per call.
struct Measurement {
    var name: String
    var unit: String
    var itemsPerCall: Int
    var callsPerSample: Int
    var secondary: (unit: String, itemsPerCall: Int)?
    var note: String
    var details: [String]
    var seconds: [Double]

    private var sorted: [Double] { seconds.sorted() }
    var minimum: Double { sorted.first ?? 0 }
    var median: Double {
        let values = sorted
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
    /// Nearest-rank 90th percentile (with fewer than 10 samples: the slowest).
    var p90: Double {
        let values = sorted
        guard !values.isEmpty else { return 0 }
        let rank = Int((0.9 * Double(values.count)).rounded(.up))
        return values[max(0, min(values.count, rank) - 1)]
    }
    /// Items per second at the median.
    var rate: Double { median > 0 ? Double(itemsPerCall) / median : 0 }
    /// Secondary items per second at the median.
    var secondaryRate: Double? {
        guard let secondary, median > 0 else { return nil }
        return Double(secondary.itemsPerCall) / median
    }
    /// Nanoseconds per item at the median.
    var nanosecondsPerItem: Double { itemsPerCall > 0 ? median * 1e9 / Double(itemsPerCall) : 0 }
}

/// Times workloads: a warm-up call, calibration of the calls per sample so that a sample lasts
/// at least `minimumSampleTime`, then `samples` samples on the monotonic `ContinuousClock`.
/// `quick` times a single call after the warm-up (a smoke test: the checks run, the figures are rough).
struct Harness {
    var samples: Int
    var minimumSampleTime: Double
    var quick: Bool

    func measure(_ workload: Workload, name: String) -> Measurement {
        let clock = ContinuousClock()
        func time(calls: Int) -> Double {
            let start = clock.now
            for _ in 0..<calls { blackHole(workload.body()) }
            return Self.seconds(clock.now - start)
        }
        var times: [Double] = []
        var calls = 1
        _ = time(calls: 1)  // warm-up: caches, page faults, lazy globals, branch history
        if quick {
            times.append(time(calls: 1))
        } else {
            var elapsed = time(calls: calls)
            while elapsed < minimumSampleTime && calls < 1 << 24 {
                let factor = min(100, max(2, Int((minimumSampleTime * 1.2 / max(elapsed, 1e-9)).rounded(.up))))
                calls *= factor
                elapsed = time(calls: calls)
            }
            for _ in 0..<samples { times.append(time(calls: calls) / Double(calls)) }
        }
        workload.verify()
        return Measurement(
            name: name, unit: workload.unit, itemsPerCall: workload.itemsPerCall, callsPerSample: calls,
            secondary: workload.secondary, note: workload.note, details: workload.details,
            seconds: times)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
