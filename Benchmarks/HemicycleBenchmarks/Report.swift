import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints the human-readable table (to standard output, or standard error with `--json`) and
/// builds the JSON document.
struct Report {
    var toStandardError: Bool
    var measurements: [Measurement] = []
    var memory: MemoryBenchmark.Result?
    var sizes: SizeBenchmark.Result?

    func line(_ text: String = "") {
        let stream = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        stream.write(Data((text + "\n").utf8))
    }

    static let nameWidth = 46

    static let header =
        pad("benchmark", nameWidth) + padLeft("rate", 11) + "  " + pad("unit", 16) + padLeft("ns/item", 10)
        + padLeft("min", 10) + padLeft("median", 10) + padLeft("p90", 10) + "  " + padLeft("items", 7) + "  note"

    func heading(_ title: String) {
        line()
        line("## " + title)
        line(Self.header)
    }

    func row(_ m: Measurement) {
        var note = m.note
        if let secondary = m.secondary, let rate = m.secondaryRate {
            let extra = "\(Self.rate(rate)) \(secondary.unit)/s"
            note = note.isEmpty ? extra : extra + "; " + note
        }
        line(
            Self.pad(m.name, Self.nameWidth) + Self.padLeft(Self.rate(m.rate), 11) + "  " + Self.pad(m.unit + "/s", 16)
                + Self.padLeft(Self.decimal(m.nanosecondsPerItem, m.nanosecondsPerItem < 100 ? 1 : 0), 10)
                + Self.padLeft(Self.duration(m.minimum), 10) + Self.padLeft(Self.duration(m.median), 10)
                + Self.padLeft(Self.duration(m.p90), 10) + "  " + Self.padLeft("\(m.itemsPerCall)", 7) + "  " + note)
        for detail in m.details { line("    " + detail) }
    }

    func memoryRows(_ result: MemoryBenchmark.Result) {
        for run in [result.small, result.large] {
            line(
                Self.pad("\(MemoryBenchmark.name) --runs \(Self.grouped(run.runs))", Self.nameWidth) + "  peak RSS "
                    + Self.padLeft(Self.grouped(run.peakKiB), 9) + " KiB  in " + Self.decimal(run.seconds, 2) + " s ("
                    + Self.rate(run.ratePerSecond) + " elections/s end to end, exit \(run.exitStatus))")
        }
        line(
            "ratio of the peaks (\(Self.grouped(result.large.runs)) runs ÷ \(Self.grouped(result.small.runs)) runs): "
                + Self.decimal(result.ratio, 3) + "; read with " + result.method)
    }

    // MARK: Formatting

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }

    static func decimal(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A rate with an SI prefix: `12.34 M`, `845.2 k`.
    static func rate(_ rate: Double) -> String {
        switch rate {
        case 1e9...: return decimal(rate / 1e9, 2) + " G"
        case 1e6...: return decimal(rate / 1e6, 2) + " M"
        case 1e3...: return decimal(rate / 1e3, 1) + " k"
        default: return decimal(rate, 1) + "  "
        }
    }

    /// A duration in seconds with a readable unit: `812 ns`, `41.3 µs`, `2.05 ms`, `1.20 s`.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case 1...: return decimal(seconds, 2) + " s"
        case 1e-3...: return decimal(seconds * 1e3, 2) + " ms"
        case 1e-6...: return decimal(seconds * 1e6, 1) + " µs"
        default: return decimal(seconds * 1e9, 0) + " ns"
        }
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}

/// The machine and build the figures come from.
struct MachineInfo: Codable {
    var cores: Int
    var cpu: String
    var date: String
    var swift: String
    var configuration: String
    var system: String
    var commit: String?

    static func current() -> MachineInfo {
        var cpu = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        let formatter = ISO8601DateFormatter()
        return MachineInfo(
            cores: SimulationBenchmarks.cores, cpu: cpu, date: formatter.string(from: Date()), swift: swiftVersion,
            configuration: isDebugBuild ? "debug" : "release",
            system: field(name.sysname) + " " + field(name.release) + " " + field(name.machine), commit: gitCommit())
    }

    /// The compiler's version, as far as `#if compiler` tells it (cheap: no process to start).
    static var swiftVersion: String {
        #if compiler(>=7.0)
            return "7.0 or later"
        #elseif compiler(>=6.4)
            return "6.4 or later"
        #elseif compiler(>=6.3)
            return "6.3"
        #elseif compiler(>=6.2)
            return "6.2"
        #else
            return "before 6.2"
        #endif
    }

    /// The current commit, when run inside the repository with git on the path.
    static func gitCommit() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--short=12", "HEAD"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

#if DEBUG
    let isDebugBuild = true
#else
    let isDebugBuild = false
#endif
