import Foundation

/// Keeps a value alive so the optimiser cannot remove the work that made it.
@inline(never)
@_optimize(none)
func blackHole<T>(_ value: T) {}

/// One benchmark: a name, a unit of work, and how much work one call does.
struct Benchmark {
    /// The name `--filter` matches.
    var name: String
    /// What one item is, e.g. "elections", "allocations".
    var unit: String
    /// Items done by one call of `body`.
    var itemsPerCall: Int
    /// Calls per sample (more for fast bodies).
    var callsPerSample: Int
    /// The work; returns a checksum that is checked and black-holed.
    var body: () -> Int
    /// Optional note printed with the result.
    var note: String = ""
}

/// A benchmark's measured samples.
struct Measurement {
    var benchmark: Benchmark
    /// Seconds per call, one entry per sample.
    var seconds: [Double]

    var sorted: [Double] { seconds.sorted() }
    var minimum: Double { sorted.first ?? 0 }
    var median: Double { sorted.isEmpty ? 0 : sorted[sorted.count / 2] }
    var p90: Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.9))] }
    /// Items per second at the median.
    var rate: Double { median > 0 ? Double(benchmark.itemsPerCall) / median : 0 }
    /// Nanoseconds per item at the median.
    var nanosecondsPerItem: Double { benchmark.itemsPerCall > 0 ? median * 1e9 / Double(benchmark.itemsPerCall) : 0 }
}

/// Runs benchmarks: a warm-up call, then samples timed with a monotonic clock.
struct Harness {
    var samples: Int
    var minimumSampleTime: Double
    var quick: Bool

    func measure(_ benchmark: Benchmark) -> Measurement {
        let clock = ContinuousClock()
        var checksum = benchmark.body()  // warm-up
        blackHole(checksum)
        var calls = benchmark.callsPerSample
        if !quick {
            // Grow the calls per sample until a sample lasts long enough to time well.
            while true {
                let start = clock.now
                for _ in 0..<calls { checksum &+= benchmark.body() }
                let elapsed = seconds(clock.now - start)
                if elapsed >= minimumSampleTime || calls >= 1 << 24 { break }
                calls *= max(2, Int(minimumSampleTime / max(elapsed, 1e-9)))
            }
        }
        var times: [Double] = []
        for _ in 0..<(quick ? 1 : samples) {
            let start = clock.now
            for _ in 0..<calls { checksum &+= benchmark.body() }
            times.append(seconds(clock.now - start) / Double(calls))
        }
        blackHole(checksum)
        return Measurement(benchmark: benchmark, seconds: times)
    }

    func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

/// Formats a rate with an SI prefix: 1.23 M/s.
func formatRate(_ rate: Double) -> String {
    switch rate {
    case 1e9...: return String(format: "%.2f G", rate / 1e9)
    case 1e6...: return String(format: "%.2f M", rate / 1e6)
    case 1e3...: return String(format: "%.1f k", rate / 1e3)
    default: return String(format: "%.1f ", rate)
    }
}
