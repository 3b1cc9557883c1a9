import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Peak memory of `hemicycle simulate` (the embedded Mali 1992, all threads) at 10 million runs
/// against 10,000: the built `hemicycle` binary runs as a child process and its maximum resident
/// set is read from `rusage.ru_maxrss` (KiB on Linux). The tallies are integer histograms whose
/// size does not depend on the number of runs, so the two peaks should be about equal.
///
/// A trap: `posix_spawn` starts the child vfork-style, sharing this process's memory until
/// `exec`, and Linux then carries this process's high-water mark into the child's `ru_maxrss`
/// (`exec_mmap` records the old mm's peak). Read directly with `wait4`, the child's peak is
/// therefore never below hemicycle-bench's own (tens of megabytes after the other benchmarks, more
/// than `hemicycle simulate` needs): both runs would report the same number. So the child is
/// started through GNU `time -f %M` (itself ~1 MB, which forks and waits for `hemicycle`); only
/// without `/usr/bin/time` does it fall back to `wait4`, and says so.
enum MemoryBenchmark {
    static let name = "memory/simulate"
    static let smallRuns = 10_000
    static let defaultLargeRuns = 10_000_000

    struct Run: Codable {
        var runs: Int
        var peakKiB: Int
        var seconds: Double
        var exitStatus: Int32
        var ratePerSecond: Double { seconds > 0 ? Double(runs) / seconds : 0 }
    }

    struct Result: Codable {
        var binary: String
        /// How the peaks were read.
        var method: String
        var small: Run
        var large: Run
        /// Peak RSS at 10 M runs ÷ peak RSS at 10 k runs.
        var ratio: Double

        init(binary: String, method: String, small: Run, large: Run) {
            self.binary = binary
            self.method = method
            self.small = small
            self.large = large
            ratio = small.peakKiB > 0 ? Double(large.peakKiB) / Double(small.peakKiB) : 0
        }
    }

    /// The `hemicycle` binary built next to this executable, if there is one.
    static func hemicycleBinary() -> String? {
        var candidates: [String] = []
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(
                URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("hemicycle").path)
        }
        let invoked = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(invoked.deletingLastPathComponent().appendingPathComponent("hemicycle").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let gnuTime = "/usr/bin/time"

    static var method: String {
        FileManager.default.isExecutableFile(atPath: gnuTime)
            ? "GNU time -f %M (the child's own peak)"
            : "wait4 ru_maxrss (no /usr/bin/time: never below hemicycle-bench's own peak, an upper bound)"
    }

    static func measure(binary: String, largeRuns: Int = defaultLargeRuns) -> Result {
        let small = run(binary, runs: smallRuns)
        let large = run(binary, runs: largeRuns)
        return Result(binary: binary, method: method, small: small, large: large)
    }

    /// Runs `hemicycle simulate --runs N --seed 1`, its output sent to /dev/null.
    static func run(_ binary: String, runs: Int) -> Run {
        let (peakKiB, seconds, status) = peak([binary, "simulate", "--runs", "\(runs)", "--seed", "1"])
        return Run(runs: runs, peakKiB: peakKiB, seconds: seconds, exitStatus: status)
    }

    /// Runs `command` (its output sent to /dev/null) and reads its own peak resident set in
    /// KiB, its wall time and its exit status, as ``method`` says.
    static func peak(_ command: [String]) -> (peakKiB: Int, seconds: Double, exitStatus: Int32) {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else {
            let (status, usage, seconds) = spawn(command)
            return (Int(usage.ru_maxrss), seconds, status)
        }
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("hemicycle-bench-rss-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let (status, _, seconds) = spawn([gnuTime, "-f", "%M", "-o", report] + command)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        // GNU time writes a line about a failing command before the figure: take the last line.
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        return (Int(last.trimmingCharacters(in: .whitespaces)) ?? 0, seconds, status)
    }

    /// Starts `arguments` with standard output and error sent to /dev/null and waits for it.
    static func spawn(_ arguments: [String]) -> (status: Int32, usage: rusage, seconds: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        precondition(spawned == 0, "cannot start \(arguments[0]): error \(spawned)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            precondition(errno == EINTR, "wait4 failed: error \(errno)")
        }
        let seconds = Harness.seconds(clock.now - start)
        // Exited normally: the low 7 bits are 0 and the exit code is in the next byte.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, usage, seconds)
    }
}
